package dev.fidelio.index.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A canonical field that a {@code field} statement gives tag sources for. The rule name is what the rule files
 * write ("albumArtistSort"); rule files match it ignoring case.
 */
enum Field {
    TITLE("title"),
    TITLE_SORT("titleSort"),
    ALBUM("album"),
    ALBUM_SORT("albumSort"),

    ARTIST("artist"),
    ARTIST_SORT("artistSort"),
    ARTIST_ID("artistId"),
    ALBUM_ARTIST("albumArtist"),
    ALBUM_ARTIST_SORT("albumArtistSort"),
    ALBUM_ARTIST_ID("albumArtistId"),
    COMPOSER("composer"),
    COMPOSER_SORT("composerSort"),
    COMPOSER_ID("composerId"),
    CONDUCTOR("conductor"),
    CONDUCTOR_SORT("conductorSort"),
    CONDUCTOR_ID("conductorId"),
    ENSEMBLE("ensemble"),
    ENSEMBLE_SORT("ensembleSort"),
    ENSEMBLE_ID("ensembleId"),
    PERFORMER("performer"),
    PERFORMER_SORT("performerSort"),
    PERFORMER_ID("performerId"),
    LYRICIST("lyricist"),
    LYRICIST_SORT("lyricistSort"),
    LYRICIST_ID("lyricistId"),
    ARRANGER("arranger"),
    ARRANGER_SORT("arrangerSort"),
    ARRANGER_ID("arrangerId"),
    REMIXER("remixer"),
    REMIXER_SORT("remixerSort"),
    REMIXER_ID("remixerId"),

    DISC_NUMBER("discNumber"),
    DISC_TOTAL("discTotal"),
    DISC_SUBTITLE("discSubtitle"),
    TRACK_NUMBER("trackNumber"),
    TRACK_TOTAL("trackTotal"),
    RECORDING_DATE("recordingDate"),
    RELEASE_DATE("releaseDate"),
    ORIGINAL_DATE("originalDate"),
    GENRE("genre"),
    LABEL("label"),
    CATALOG_NUMBER("catalogNumber"),
    RELEASE_TYPE("releaseType"),
    COMPILATION("compilation"),
    MUSICBRAINZ_TRACK_ID("musicbrainzTrackId"),
    MUSICBRAINZ_RECORDING_ID("musicbrainzRecordingId"),
    MUSICBRAINZ_RELEASE_ID("musicbrainzReleaseId"),
    MUSICBRAINZ_RELEASE_GROUP_ID("musicbrainzReleaseGroupId"),
    MUSICBRAINZ_WORK_ID("musicbrainzWorkId"),
    MUSICBRAINZ_PARENT_WORK_ID("musicbrainzParentWorkId"),
    ISRC("isrc"),
    TRACK_GAIN("trackGain"),
    TRACK_PEAK("trackPeak"),
    ALBUM_GAIN("albumGain"),
    ALBUM_PEAK("albumPeak"),
    LYRICS("lyrics"),
    WORK("work"),
    MOVEMENT_NAME("movementName"),
    MOVEMENT_NUMBER("movementNumber"),
    MOVEMENT_TOTAL("movementTotal");

    /** The three fields that feed the credits of one role. */
    record CreditFields(Field name, Field sort, Field id) {
    }

    private static final Map<String, Field> BY_RULE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(f -> f.ruleName.toLowerCase(Locale.ROOT), Function.identity()));

    private final String ruleName;

    Field(String ruleName) {
        this.ruleName = ruleName;
    }

    String ruleName() {
        return ruleName;
    }

    /** Lyrics keep their line breaks; every other field is one line. */
    boolean multiline() {
        return this == LYRICS;
    }

    static Optional<Field> byRuleName(String name) {
        return Optional.ofNullable(BY_RULE_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    static List<String> ruleNames() {
        return Arrays.stream(values()).map(Field::ruleName).toList();
    }

    static CreditFields of(CreditRole role) {
        return switch (role) {
            case ARTIST -> new CreditFields(ARTIST, ARTIST_SORT, ARTIST_ID);
            case ALBUM_ARTIST -> new CreditFields(ALBUM_ARTIST, ALBUM_ARTIST_SORT, ALBUM_ARTIST_ID);
            case COMPOSER -> new CreditFields(COMPOSER, COMPOSER_SORT, COMPOSER_ID);
            case CONDUCTOR -> new CreditFields(CONDUCTOR, CONDUCTOR_SORT, CONDUCTOR_ID);
            case ENSEMBLE -> new CreditFields(ENSEMBLE, ENSEMBLE_SORT, ENSEMBLE_ID);
            case PERFORMER -> new CreditFields(PERFORMER, PERFORMER_SORT, PERFORMER_ID);
            case LYRICIST -> new CreditFields(LYRICIST, LYRICIST_SORT, LYRICIST_ID);
            case ARRANGER -> new CreditFields(ARRANGER, ARRANGER_SORT, ARRANGER_ID);
            case REMIXER -> new CreditFields(REMIXER, REMIXER_SORT, REMIXER_ID);
        };
    }
}
