package dev.fidelio.index.rules;

import java.util.List;

/**
 * A track's tags mapped to Fidelio's canonical fields by the tag rules. Absent values are null (or empty lists);
 * values the rules judged invalid (a date "0000", a track number "abc") are absent too.
 *
 * @param credits        every artist credit, album artists included (role ALBUM_ARTIST), in tag order
 * @param dates          normalized ISO-8601 prefixes: "1999", "1999-03" or "1999-03-21"
 * @param genres         normalized by the genre rules, without repeats
 * @param releaseType    lower-case MusicBrainz types joined with "; " ("album; live"), or null
 * @param compilation    a compilation tag says so, or an album artist is "Various Artists"
 * @param musicBrainz    never null; its ids are null when absent
 * @param replayGain     never null; its values are null when absent
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

    /**
     * Lower-case MusicBrainz ids. Mind Picard's naming: {@code track} is the release track id (Vorbis
     * MUSICBRAINZ_RELEASETRACKID), {@code recording} what Vorbis calls MUSICBRAINZ_TRACKID; {@code work} is the
     * recorded work, which for a movement is the movement itself.
     */
    public record MusicBrainzIds(String track, String recording, String release, String releaseGroup, String work) {
    }

    /** Gains in dB, peaks as linear sample values (1.0 = full scale). */
    public record ReplayGain(Double trackGain, Double trackPeak, Double albumGain, Double albumPeak) {
    }

    /**
     * @param title     the work's title without movement ("Symphony No. 9 in E minor, Op. 95 \"From the New World\"")
     * @param catalogue its catalogue number when the rules find one ("Op. 95", "BWV 1007"), else null
     * @param musicBrainzId the work's own id: MUSICBRAINZ_WORKID when the track is no movement; for a movement
     *                  only a parent-work id the rules map ({@code musicbrainzParentWorkId}), else null
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
