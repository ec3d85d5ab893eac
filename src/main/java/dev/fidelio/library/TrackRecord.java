package dev.fidelio.library;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the indexer found out about one file, ready to be stored. Built by the indexer, written by
 * {@link LibraryStore}; the library knows nothing about tag formats or rules.
 */
public record TrackRecord(
        String relativePath,
        long fileSize,
        Instant modified,
        byte[] contentKey,
        Audio audio,
        Map<String, List<String>> rawTags,
        List<Map<String, Object>> pictures,
        String title,
        String titleSort,
        AlbumRecord album,
        Integer discNumber,
        Integer discTotal,
        String discSubtitle,
        Integer trackNumber,
        Integer trackTotal,
        String recordingDate,
        String releaseDate,
        String originalDate,
        Integer year,
        String label,
        String catalogNumber,
        String releaseType,
        boolean compilation,
        String mbTrackId,
        String mbRecordingId,
        String isrc,
        Double rgTrackGain,
        Double rgTrackPeak,
        Double rgAlbumGain,
        Double rgAlbumPeak,
        String lyrics,
        WorkRecord work,
        Integer movementNumber,
        String movementName,
        Integer movementTotal,
        List<CreditRecord> credits,
        List<String> genres) {

    public record Audio(String format, String codec, boolean lossless, int sampleRate, Integer bitsPerSample, int channels,
            Long totalSamples, double durationSeconds, Integer bitrateKbps, Integer dsdRate, byte[] md5) {
    }

    /** An artist as the indexer names it; {@code key} is its identity (see the indexer's LibraryKeys). */
    public record ArtistRef(String name, String sortName, String key, String mbid) {
    }

    public record CreditRecord(ArtistRef artist, String role, String instrument) {
    }

    /**
     * @param coverPath   a folder image relative to the music folder, or null
     * @param coverEmbedded true when the album's cover is this track's embedded front cover
     */
    public record AlbumRecord(String groupKey, String title, String titleSort, String artistDisplay, List<ArtistRef> artists,
            boolean compilation, String mbReleaseId, String mbReleaseGroupId, String releaseDate, String originalDate,
            Integer year, String label, String catalogNumber, String releaseType, Integer discTotal,
            String coverPath, boolean coverEmbedded, String coverMime, Integer coverWidth, Integer coverHeight, Long coverBytes) {
    }

    public record WorkRecord(String groupKey, String title, String catalogue, ArtistRef composer, String mbWorkId) {
    }
}
