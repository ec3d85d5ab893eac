package dev.fidelio.index.rules;

import dev.fidelio.index.probe.RawTags;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a file's raw tags to {@link TrackTags} by the {@link TagRules}. Thread-safe, and total: odd, hostile or
 * contradictory values end up absent, never as an exception. Since it reads only {@link RawTags}, stored raw tags
 * can be mapped again after a rule change without reading the files.
 */
public final class TagMapper {

    private final TagRules rules;
    private final CreditMapper credits;

    public TagMapper(TagRules rules) {
        this.rules = rules;
        this.credits = new CreditMapper(rules.artistSplitter(), rules.sortNames());
    }

    public TrackTags map(RawTags tags) {
        FieldReader reader = new FieldReader(tags, rules.sources(), rules.cleaner());
        List<Credit> allCredits = Arrays.stream(CreditRole.values())
                .flatMap(role -> credits.credits(role, reader).stream())
                .toList();
        NumberPair disc = reader.first(Field.DISC_NUMBER, this::numberPair);
        NumberPair track = reader.first(Field.TRACK_NUMBER, this::numberPair);
        String title = reader.text(Field.TITLE);
        WorkAndMovement classical = workAndMovement(reader, title);
        return new TrackTags(
                title,
                reader.text(Field.TITLE_SORT),
                reader.text(Field.ALBUM),
                reader.text(Field.ALBUM_SORT),
                allCredits,
                disc == null ? null : disc.number(),
                total(reader, Field.DISC_TOTAL, disc),
                reader.text(Field.DISC_SUBTITLE),
                track == null ? null : track.number(),
                total(reader, Field.TRACK_TOTAL, track),
                reader.first(Field.RECORDING_DATE, rules::normalizeDate),
                reader.first(Field.RELEASE_DATE, rules::normalizeDate),
                reader.first(Field.ORIGINAL_DATE, rules::normalizeDate),
                genres(reader),
                reader.text(Field.LABEL),
                reader.text(Field.CATALOG_NUMBER),
                releaseType(reader),
                compilation(reader, allCredits),
                new TrackTags.MusicBrainzIds(
                        reader.first(Field.MUSICBRAINZ_TRACK_ID, TagValues::musicBrainzId),
                        reader.first(Field.MUSICBRAINZ_RECORDING_ID, TagValues::musicBrainzId),
                        reader.first(Field.MUSICBRAINZ_RELEASE_ID, TagValues::musicBrainzId),
                        reader.first(Field.MUSICBRAINZ_RELEASE_GROUP_ID, TagValues::musicBrainzId),
                        reader.first(Field.MUSICBRAINZ_WORK_ID, TagValues::musicBrainzId)),
                reader.first(Field.ISRC, TagValues::isrc),
                new TrackTags.ReplayGain(
                        reader.first(Field.TRACK_GAIN, TagValues::gain),
                        reader.first(Field.TRACK_PEAK, TagValues::peak),
                        reader.first(Field.ALBUM_GAIN, TagValues::gain),
                        reader.first(Field.ALBUM_PEAK, TagValues::peak)),
                reader.text(Field.LYRICS),
                classical.work(),
                classical.movement());
    }

    private NumberPair numberPair(String value) {
        return NumberPair.parse(value, rules.maxNumber());
    }

    /** A total tag, else the total of an "n/total" number. */
    private Integer total(FieldReader reader, Field totalField, NumberPair pair) {
        Integer total = reader.first(totalField, value -> NumberPair.number(value, rules.maxNumber()));
        return total != null || pair == null ? total : pair.total();
    }

    private List<String> genres(FieldReader reader) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> genres = new ArrayList<>();
        for (SourceValue value : reader.values(Field.GENRE)) {
            for (String genre : rules.splitGenres(value.text())) {
                if (seen.add(genre.toLowerCase(Locale.ROOT))) {
                    genres.add(genre);
                }
            }
        }
        return List.copyOf(genres);
    }

    /** Picard writes primary and secondary types as several values ("album", "live") or joined ("album/live"). */
    private static String releaseType(FieldReader reader) {
        Set<String> types = new LinkedHashSet<>();
        for (SourceValue value : reader.values(Field.RELEASE_TYPE)) {
            for (String type : value.text().split("[;/,]")) {
                if (!type.isBlank()) {
                    types.add(type.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return types.isEmpty() ? null : String.join("; ", types);
    }

    private boolean compilation(FieldReader reader, List<Credit> allCredits) {
        boolean variousAlbumArtist = allCredits.stream()
                .anyMatch(c -> c.role() == CreditRole.ALBUM_ARTIST && rules.isVariousArtists(c.name()));
        return variousAlbumArtist || Boolean.TRUE.equals(reader.first(Field.COMPILATION, TagValues::flag));
    }

    private record WorkAndMovement(TrackTags.Work work, TrackTags.Movement movement) {
    }

    /**
     * Work and movement from their tags, gaps filled from the title. MUSICBRAINZ_WORKID names the recorded work,
     * which for a movement is the movement itself; the parent work's id comes from its own field.
     */
    private WorkAndMovement workAndMovement(FieldReader reader, String title) {
        String work = reader.text(Field.WORK);
        String movementName = reader.text(Field.MOVEMENT_NAME);
        NumberPair movementNumber = reader.first(Field.MOVEMENT_NUMBER, this::numberPair);
        Integer number = movementNumber == null ? null : movementNumber.number();
        Integer total = total(reader, Field.MOVEMENT_TOTAL, movementNumber);
        if (title != null && (work == null || movementName == null || number == null)) {
            var parts = rules.workParser().parseTitle(title, work != null);
            if (parts.isPresent()) {
                work = work != null ? work : parts.get().work();
                movementName = movementName != null ? movementName : parts.get().name();
                number = number != null ? number : parts.get().number();
            }
        }
        TrackTags.Movement movement = number == null && movementName == null
                ? null : new TrackTags.Movement(number, movementName, total);
        if (work == null) {
            return new WorkAndMovement(null, movement);
        }
        Field workId = movement == null ? Field.MUSICBRAINZ_WORK_ID : Field.MUSICBRAINZ_PARENT_WORK_ID;
        return new WorkAndMovement(
                new TrackTags.Work(work, rules.workParser().catalogue(work), reader.first(workId, TagValues::musicBrainzId)),
                movement);
    }
}
