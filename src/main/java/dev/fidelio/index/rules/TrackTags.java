package dev.fidelio.index.rules;

import java.util.List;

/**
 * A track's tags mapped to Fidelio's canonical fields by the tag rules. Absent values are null (or empty lists);
 * values the rules judged invalid (a date "0000", a track number "abc") are absent too.
 *
 * @param credits        every artist credit, album artists included (role ALBUM_ARTIST), in tag order
 * @param dates          normalized ISO-8601 prefixes: "1999", "1999-03" or "1999-03-21"
 * @param work           the work this track is (part of), or null
 * @param movement       its movement within the work, or null
 */
public record TrackTags(
        String title,
        String titleSort,
        String album,
        String albumSort,
        List<Credit> credits,
        Integer discNumber,
        Integer discTotal,
        String discSubtitle,
        Integer trackNumber,
        Integer trackTotal,
        String recordingDate,
        String releaseDate,
        String originalDate,
        List<String> genres,
        String label,
        String catalogNumber,
        String releaseType,
        boolean compilation,
        MusicBrainzIds musicBrainz,
        String isrc,
        ReplayGain replayGain,
        String lyrics,
        Work work,
        Movement movement) {

    public record MusicBrainzIds(String track, String recording, String release, String releaseGroup, String work) {
    }

    /** Gains in dB, peaks as linear sample values (1.0 = full scale). */
    public record ReplayGain(Double trackGain, Double trackPeak, Double albumGain, Double albumPeak) {
    }

    /**
     * @param title     the work's title without movement ("Symphony No. 9 in E minor, Op. 95 \"From the New World\"")
     * @param catalogue its catalogue number when the rules find one ("Op. 95", "BWV 1007"), else null
     */
    public record Work(String title, String catalogue, String musicBrainzId) {
    }

    /** @param number 1-based; from MOVEMENT tags or a roman/arabic numeral parsed from the title */
    public record Movement(Integer number, String name, Integer total) {
    }

    public List<Credit> credits(CreditRole role) {
        return credits.stream().filter(c -> c.role() == role).toList();
    }
}
