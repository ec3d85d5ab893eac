package dev.fidelio.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fidelio.index.probe.AudioProperties;
import dev.fidelio.index.probe.EmbeddedPicture;
import dev.fidelio.index.probe.ProbedFile;
import dev.fidelio.index.rules.Credit;
import dev.fidelio.index.rules.CreditRole;
import dev.fidelio.index.rules.TagRules;
import dev.fidelio.index.rules.TrackTags;
import dev.fidelio.library.TrackRecord;
import dev.fidelio.library.TrackRecord.AlbumRecord;
import dev.fidelio.library.TrackRecord.ArtistRef;
import dev.fidelio.library.TrackRecord.CreditRecord;
import dev.fidelio.library.TrackRecord.WorkRecord;

/** Turns one probed file and its mapped tags into the record the library stores: the hierarchy decisions live here. */
final class TrackRecordBuilder {

    /** "CD1", "CD 2", "Disc 3", "Disk 1", "Disc 2 - Bonus": folders that hold one disc of an album. */
    private static final Pattern DISC_FOLDER = Pattern.compile("(?i)^(?:cd|disc|disk)\\s*(\\d{1,3})\\b.*");
    static final String VARIOUS_ARTISTS = "Various Artists";

    private final TagRules rules;

    TrackRecordBuilder(TagRules rules) {
        this.rules = rules;
    }

    /** Where a file sits: which music folder, and the folder images around it. */
    record Context(long musicFolderId, String relativePath, long size, Instant modified, byte[] contentKey,
            String folderCover, FolderImage folderCoverImage) {
    }

    TrackRecord build(Context where, ProbedFile file, TrackTags tags) {
        AudioProperties a = file.audio();
        TrackRecord.Audio audio = new TrackRecord.Audio(a.format().id(), a.codec(), a.lossless(), a.sampleRate(),
                a.bitsPerSample() > 0 ? a.bitsPerSample() : null, a.channels(), a.totalSamples() >= 0 ? a.totalSamples() : null,
                a.durationSeconds(), a.bitrateKbps() > 0 ? a.bitrateKbps() : null, a.dsdRate() > 0 ? a.dsdRate() : null, a.audioMd5());
        Integer disc = tags.discNumber() != null ? tags.discNumber() : discFromFolder(where.relativePath());
        Integer year = year(tags.releaseDate(), tags.originalDate(), tags.recordingDate());
        String title = tags.title() != null ? tags.title() : fileTitle(where.relativePath());
        return new TrackRecord(where.relativePath(), where.size(), where.modified(), where.contentKey(), audio,
                file.tags().asMap(), pictures(file.pictures()), title, tags.titleSort() != null ? tags.titleSort() : title,
                album(where, file, tags, year), disc, tags.discTotal(), tags.discSubtitle(), tags.trackNumber(), tags.trackTotal(),
                tags.recordingDate(), tags.releaseDate(), tags.originalDate(), year, tags.label(), tags.catalogNumber(),
                tags.releaseType(), isCompilation(tags), tags.musicBrainz().track(), tags.musicBrainz().recording(), tags.isrc(),
                tags.replayGain().trackGain(), tags.replayGain().trackPeak(), tags.replayGain().albumGain(),
                tags.replayGain().albumPeak(), tags.lyrics(), work(tags),
                tags.movement() == null ? null : tags.movement().number(), tags.movement() == null ? null : tags.movement().name(),
                tags.movement() == null ? null : tags.movement().total(), credits(tags), tags.genres());
    }

    private AlbumRecord album(Context where, ProbedFile file, TrackTags tags, Integer year) {
        boolean compilation = isCompilation(tags);
        List<ArtistRef> artists = albumArtists(tags, compilation);
        String display = String.join("; ", artists.stream().map(ArtistRef::name).toList());
        String directory = albumDirectory(where.relativePath());
        String key;
        String title;
        if (tags.album() == null) {
            key = LibraryKeys.folderAlbum(where.musicFolderId(), directory);
            title = directory.isEmpty() ? "[no album]" : directory.substring(directory.lastIndexOf('/') + 1);
        } else {
            key = LibraryKeys.album(tags.musicBrainz().release(), display, tags.album(), year, tags.catalogNumber());
            title = tags.album();
        }
        EmbeddedPicture embedded = EmbeddedPicture.cover(file.pictures()).orElse(null);
        FolderImage image = where.folderCoverImage();
        boolean useFolder = where.folderCover() != null;
        return new AlbumRecord(key, title, tags.albumSort() != null ? tags.albumSort() : title, display, artists, compilation,
                tags.musicBrainz().release(), tags.musicBrainz().releaseGroup(), tags.releaseDate(), tags.originalDate(), year,
                tags.label(), tags.catalogNumber(), tags.releaseType(), tags.discTotal(),
                useFolder ? where.folderCover() : null, !useFolder && embedded != null,
                useFolder ? image.mimeType() : embedded == null ? null : embedded.mimeType(),
                useFolder ? image.width() : embedded == null ? null : embedded.width(),
                useFolder ? image.height() : embedded == null ? null : embedded.height(),
                useFolder ? Long.valueOf(image.bytes()) : embedded == null ? null : Long.valueOf(embedded.length()));
    }

    private List<ArtistRef> albumArtists(TrackTags tags, boolean compilation) {
        List<Credit> credits = tags.credits(CreditRole.ALBUM_ARTIST);
        if (credits.isEmpty() && compilation) {
            return List.of(artist(VARIOUS_ARTISTS, VARIOUS_ARTISTS, null));
        }
        if (credits.isEmpty()) {
            credits = tags.credits(CreditRole.ARTIST);
        }
        if (credits.isEmpty()) {
            return List.of(artist("[unknown artist]", "[unknown artist]", null));
        }
        return credits.stream().map(c -> rules.isVariousArtists(c.name())
                ? artist(VARIOUS_ARTISTS, VARIOUS_ARTISTS, null)
                : artist(c.name(), c.sortName(), c.musicBrainzId())).distinct().toList();
    }

    private boolean isCompilation(TrackTags tags) {
        return tags.compilation() || tags.credits(CreditRole.ALBUM_ARTIST).stream().anyMatch(c -> rules.isVariousArtists(c.name()));
    }

    private static WorkRecord work(TrackTags tags) {
        if (tags.work() == null) {
            return null;
        }
        Credit composer = tags.credits(CreditRole.COMPOSER).stream().findFirst().orElse(null);
        ArtistRef composerRef = composer == null ? null : artist(composer.name(), composer.sortName(), composer.musicBrainzId());
        // MusicBrainz gives each movement a work of its own; with movement tags present its id names the movement,
        // and the whole work is known by composer and title instead.
        String mbWorkId = tags.movement() == null ? tags.work().musicBrainzId() : null;
        String key = LibraryKeys.work(mbWorkId, composer == null ? "" : composer.name(), tags.work().title(), tags.work().catalogue());
        return new WorkRecord(key, tags.work().title(), tags.work().catalogue(), composerRef, mbWorkId);
    }

    private static List<CreditRecord> credits(TrackTags tags) {
        List<CreditRecord> credits = new ArrayList<>();
        for (Credit c : tags.credits()) {
            if (c.role() != CreditRole.ALBUM_ARTIST) {
                credits.add(new CreditRecord(artist(c.name(), c.sortName(), c.musicBrainzId()), c.role().id(), c.instrument()));
            }
        }
        return credits;
    }

    private static ArtistRef artist(String name, String sortName, String mbid) {
        return new ArtistRef(name, sortName == null ? name : sortName, LibraryKeys.artist(name), mbid);
    }

    private static List<Map<String, Object>> pictures(List<EmbeddedPicture> pictures) {
        return pictures.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", p.type());
            m.put("mime", p.mimeType());
            m.put("width", p.width());
            m.put("height", p.height());
            m.put("offset", p.offset());
            m.put("length", p.length());
            return m;
        }).toList();
    }

    /** The album's own folder: the parent of a disc folder, else the track's folder. */
    static String albumDirectory(String relativePath) {
        String dir = FolderWalker.parent(relativePath);
        String name = dir.substring(dir.lastIndexOf('/') + 1);
        return DISC_FOLDER.matcher(name).matches() ? FolderWalker.parent(dir) : dir;
    }

    static Integer discFromFolder(String relativePath) {
        String dir = FolderWalker.parent(relativePath);
        Matcher m = DISC_FOLDER.matcher(dir.substring(dir.lastIndexOf('/') + 1));
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Integer year(String... dates) {
        for (String date : dates) {
            if (date != null && date.length() >= 4) {
                try {
                    return Integer.valueOf(date.substring(0, 4));
                } catch (NumberFormatException e) {
                    // Rules already drop invalid dates; a malformed one simply gives no year.
                }
            }
        }
        return null;
    }

    private static String fileTitle(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
