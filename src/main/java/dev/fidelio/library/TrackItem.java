package dev.fidelio.library;

import java.time.Instant;
import java.util.UUID;

/**
 * A track with every canonical field the indexer stores, except its raw tags (see
 * {@link TrackQueries#rawTags}). {@code hasCover}: the file embeds a picture, or its album has cover art.
 */
public record TrackItem(UUID id, long libraryId, UUID folderId, String relativePath, long fileSize, Instant fileModified, Audio audio,
        String title, String titleSort, UUID albumId, Integer discNumber, Integer discTotal, String discSubtitle, Integer trackNumber,
        Integer trackTotal, String recordingDate, String releaseDate, String originalDate, Integer year, String label,
        String catalogNumber, String releaseType, boolean compilation, String mbTrackId, String mbRecordingId, String isrc,
        ReplayGain replayGain, String lyrics, UUID workId, Integer movementNumber, String movementName, Integer movementTotal,
        Instant addedAt, boolean hasCover) {

    /** The audio as the file holds it; {@code md5} of the decoded samples (FLAC), in hexadecimal. */
    public record Audio(String format, String codec, boolean lossless, Integer sampleRate, Integer bitsPerSample, Integer channels,
            Long totalSamples, Double durationSeconds, Integer bitrateKbps, Integer dsdRate, String md5) {
    }

    /** ReplayGain in dB and peaks as fractions of full scale, as tagged. */
    public record ReplayGain(Double trackGain, Double trackPeak, Double albumGain, Double albumPeak) {
    }

    static final String COLUMNS = "t.id AS id, t.music_folder_id, t.folder_id, t.relative_path, t.file_size, t.file_modified, "
            + "t.format, t.codec, t.lossless, t.sample_rate, t.bits_per_sample, t.channels, t.total_samples, t.duration_seconds, "
            + "t.bitrate_kbps, t.dsd_rate, t.audio_md5, t.title, t.title_sort, t.album_id, t.disc_number, t.disc_total, "
            + "t.disc_subtitle, t.track_number, t.track_total, t.recording_date, t.release_date, t.original_date, t.year, t.label, "
            + "t.catalog_number, t.release_type, t.compilation, t.mb_track_id, t.mb_recording_id, t.isrc, t.rg_track_gain, "
            + "t.rg_track_peak, t.rg_album_gain, t.rg_album_peak, t.lyrics, t.work_id, t.movement_number, t.movement_name, "
            + "t.movement_total, t.created_at, (jsonb_array_length(t.pictures) > 0 OR EXISTS (SELECT 1 FROM album ca "
            + "WHERE ca.id = t.album_id AND (ca.cover_path IS NOT NULL OR ca.cover_track_id IS NOT NULL))) AS has_cover";

    static TrackItem of(Object[] r, int i) {
        Audio audio = new Audio(Rows.text(r[i + 6]), Rows.text(r[i + 7]), Rows.bool(r[i + 8]), Rows.integer(r[i + 9]),
                Rows.integer(r[i + 10]), Rows.integer(r[i + 11]), Rows.longValue(r[i + 12]), Rows.decimal(r[i + 13]),
                Rows.integer(r[i + 14]), Rows.integer(r[i + 15]), Rows.hex(r[i + 16]));
        ReplayGain gain = new ReplayGain(Rows.decimal(r[i + 36]), Rows.decimal(r[i + 37]), Rows.decimal(r[i + 38]), Rows.decimal(r[i + 39]));
        return new TrackItem(Rows.uuid(r[i]), Rows.longValue(r[i + 1]), Rows.uuid(r[i + 2]), Rows.text(r[i + 3]), Rows.longValue(r[i + 4]),
                Rows.instant(r[i + 5]), audio, Rows.text(r[i + 17]), Rows.text(r[i + 18]), Rows.uuid(r[i + 19]), Rows.integer(r[i + 20]),
                Rows.integer(r[i + 21]), Rows.text(r[i + 22]), Rows.integer(r[i + 23]), Rows.integer(r[i + 24]), Rows.text(r[i + 25]),
                Rows.text(r[i + 26]), Rows.text(r[i + 27]), Rows.integer(r[i + 28]), Rows.text(r[i + 29]), Rows.text(r[i + 30]),
                Rows.text(r[i + 31]), Rows.bool(r[i + 32]), Rows.text(r[i + 33]), Rows.text(r[i + 34]), Rows.text(r[i + 35]),
                gain.trackGain() == null && gain.trackPeak() == null && gain.albumGain() == null && gain.albumPeak() == null ? null : gain,
                Rows.text(r[i + 40]), Rows.uuid(r[i + 41]), Rows.integer(r[i + 42]), Rows.text(r[i + 43]), Rows.integer(r[i + 44]),
                Rows.instant(r[i + 45]), Rows.bool(r[i + 46]));
    }
}
