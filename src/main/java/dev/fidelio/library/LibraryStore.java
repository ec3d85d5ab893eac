package dev.fidelio.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fidelio.library.TrackRecord.AlbumRecord;
import dev.fidelio.library.TrackRecord.ArtistRef;
import dev.fidelio.library.TrackRecord.CreditRecord;
import dev.fidelio.library.TrackRecord.WorkRecord;

/**
 * Writes what the indexer found. Plain JDBC with batches: a scan writes thousands of rows a second, and every
 * call runs in one transaction, so a batch is stored whole or not at all.
 */
@ApplicationScoped
public class LibraryStore {

    private static final TypeReference<Map<String, List<String>>> RAW_TAGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Object>>> PICTURES = new TypeReference<>() {
    };

    private static final String UPSERT_TRACK = """
                INSERT INTO track (music_folder_id, relative_path, file_size, file_modified, content_key, format, codec, lossless,
                    sample_rate, bits_per_sample, channels, total_samples, duration_seconds, bitrate_kbps, dsd_rate, audio_md5,
                    raw_tags, pictures, title, title_sort, album_id, disc_number, disc_total, disc_subtitle, track_number,
                    track_total, recording_date, release_date, original_date, year, label, catalog_number, release_type,
                    compilation, mb_track_id, mb_recording_id, isrc, rg_track_gain, rg_track_peak, rg_album_gain, rg_album_peak,
                    lyrics, work_id, movement_number, movement_name, movement_total, folder_id, indexed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                ON CONFLICT (music_folder_id, relative_path) DO UPDATE SET
                    file_size = EXCLUDED.file_size, file_modified = EXCLUDED.file_modified, content_key = EXCLUDED.content_key,
                    format = EXCLUDED.format, codec = EXCLUDED.codec, lossless = EXCLUDED.lossless,
                    sample_rate = EXCLUDED.sample_rate, bits_per_sample = EXCLUDED.bits_per_sample, channels = EXCLUDED.channels,
                    total_samples = EXCLUDED.total_samples, duration_seconds = EXCLUDED.duration_seconds,
                    bitrate_kbps = EXCLUDED.bitrate_kbps, dsd_rate = EXCLUDED.dsd_rate, audio_md5 = EXCLUDED.audio_md5,
                    raw_tags = EXCLUDED.raw_tags, pictures = EXCLUDED.pictures, title = EXCLUDED.title,
                    title_sort = EXCLUDED.title_sort, album_id = EXCLUDED.album_id, disc_number = EXCLUDED.disc_number,
                    disc_total = EXCLUDED.disc_total, disc_subtitle = EXCLUDED.disc_subtitle,
                    track_number = EXCLUDED.track_number, track_total = EXCLUDED.track_total,
                    recording_date = EXCLUDED.recording_date, release_date = EXCLUDED.release_date,
                    original_date = EXCLUDED.original_date, year = EXCLUDED.year, label = EXCLUDED.label,
                    catalog_number = EXCLUDED.catalog_number, release_type = EXCLUDED.release_type,
                    compilation = EXCLUDED.compilation, mb_track_id = EXCLUDED.mb_track_id,
                    mb_recording_id = EXCLUDED.mb_recording_id, isrc = EXCLUDED.isrc,
                    rg_track_gain = EXCLUDED.rg_track_gain, rg_track_peak = EXCLUDED.rg_track_peak,
                    rg_album_gain = EXCLUDED.rg_album_gain, rg_album_peak = EXCLUDED.rg_album_peak, lyrics = EXCLUDED.lyrics,
                    work_id = EXCLUDED.work_id, movement_number = EXCLUDED.movement_number,
                    movement_name = EXCLUDED.movement_name, movement_total = EXCLUDED.movement_total,
                    folder_id = EXCLUDED.folder_id, indexed_at = now()
                """;

    private final DataSource dataSource;
    private final ObjectMapper json;

    LibraryStore(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public Map<String, KnownFile> knownFiles(long folderId) {
        String sql = "SELECT id, relative_path, file_size, file_modified, content_key FROM track WHERE music_folder_id = ?";
        Map<String, KnownFile> known = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, folderId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp modified = rs.getTimestamp(4);
                    known.put(rs.getString(2), new KnownFile(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                            modified == null ? null : modified.toInstant(), rs.getBytes(5)));
                }
            }
            return known;
        } catch (SQLException e) {
            throw new LibraryStoreException("Cannot read the tracks of folder " + folderId, e);
        }
    }

    /** Up to {@code limit} stored tracks of a folder whose path sorts after {@code afterPath}, in path order. */
    public List<StoredFile> storedFiles(long folderId, String afterPath, int limit) {
        String sql = """
                SELECT relative_path, file_size, file_modified, content_key, format, codec, lossless, sample_rate, bits_per_sample,
                    channels, total_samples, duration_seconds, bitrate_kbps, dsd_rate, audio_md5, raw_tags, pictures
                FROM track WHERE music_folder_id = ? AND relative_path > ? ORDER BY relative_path LIMIT ?""";
        List<StoredFile> files = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, folderId);
            ps.setString(2, afterPath);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TrackRecord.Audio audio = new TrackRecord.Audio(rs.getString(5), rs.getString(6), rs.getBoolean(7),
                            rs.getInt(8), rs.getObject(9, Integer.class), rs.getInt(10), rs.getObject(11, Long.class),
                            rs.getDouble(12), rs.getObject(13, Integer.class), rs.getObject(14, Integer.class), rs.getBytes(15));
                    files.add(new StoredFile(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getBytes(4), audio,
                            json.readValue(rs.getString(16), RAW_TAGS), json.readValue(rs.getString(17), PICTURES)));
                }
            }
            return files;
        } catch (SQLException | JsonProcessingException e) {
            throw new LibraryStoreException("Cannot read the tracks of folder " + folderId + ": " + e.getMessage(), e);
        }
    }

    /** Gives a track a new path, keeping its id and everything attached to it; the save that follows sets its folder. */
    @Transactional
    public void move(UUID trackId, String newRelativePath) {
        update("UPDATE track SET relative_path = ? WHERE id = ?", ps -> {
            ps.setString(1, newRelativePath);
            ps.setObject(2, trackId);
        });
    }

    @Transactional
    public void save(long folderId, List<TrackRecord> tracks) {
        try (Connection c = dataSource.getConnection()) {
            Resolver resolver = new Resolver(c, folderId);
            List<UUID> ids = upsertTracks(c, folderId, tracks, resolver);
            for (int i = 0; i < tracks.size(); i++) {
                AlbumRecord album = tracks.get(i).album();
                if (album != null && album.coverEmbedded()) {
                    resolver.embeddedCover(resolver.album(album), ids.get(i));
                }
            }
            replaceCreditsAndGenres(c, ids, tracks, resolver);
        } catch (SQLException e) {
            throw new LibraryStoreException("Cannot store tracks: " + e.getMessage(), e);
        }
    }

    @Transactional
    public int delete(Collection<UUID> trackIds) {
        if (trackIds.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM track WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("uuid", trackIds.toArray()));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new LibraryStoreException("Cannot remove tracks: " + e.getMessage(), e);
        }
    }

    /** Albums, works, artists, genres and folders that no track refers to any more. */
    @Transactional
    public void deleteOrphans() {
        // Leaves first: a folder emptied of tracks may hold only folders that are now empty too.
        int deleted;
        do {
            deleted = update("DELETE FROM folder f WHERE NOT EXISTS (SELECT 1 FROM track t WHERE t.folder_id = f.id)"
                    + " AND NOT EXISTS (SELECT 1 FROM folder c WHERE c.parent_id = f.id)", ps -> {
                    });
        } while (deleted > 0);
        for (String sql : List.of(
                "DELETE FROM album a WHERE NOT EXISTS (SELECT 1 FROM track t WHERE t.album_id = a.id)",
                "DELETE FROM work w WHERE NOT EXISTS (SELECT 1 FROM track t WHERE t.work_id = w.id)",
                "DELETE FROM genre g WHERE NOT EXISTS (SELECT 1 FROM track_genre tg WHERE tg.genre_id = g.id)",
                "DELETE FROM artist a WHERE NOT EXISTS (SELECT 1 FROM track_credit tc WHERE tc.artist_id = a.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM album_artist aa WHERE aa.artist_id = a.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM work w WHERE w.composer_id = a.id)")) {
            update(sql, ps -> {
            });
        }
    }

    /** One batch of upserts; the generated keys come back in the order the rows were sent. */
    private List<UUID> upsertTracks(Connection c, long folderId, List<TrackRecord> tracks, Resolver resolver) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT_TRACK, new String[] {"id"})) {
            for (TrackRecord t : tracks) {
                UUID albumId = resolver.album(t.album());
                UUID workId = resolver.work(t.work());
                Params p = new Params(ps);
                p.add(folderId).add(t.relativePath()).add(t.fileSize()).add(Timestamp.from(t.modified())).add(t.contentKey());
                TrackRecord.Audio a = t.audio();
                p.add(a.format()).add(a.codec()).add(a.lossless()).add(a.sampleRate()).add(a.bitsPerSample()).add(a.channels())
                        .add(a.totalSamples()).add(a.durationSeconds()).add(a.bitrateKbps()).add(a.dsdRate()).add(a.md5());
                p.add(toJson(t.rawTags())).add(toJson(t.pictures())).add(t.title()).add(t.titleSort()).add(albumId)
                        .add(t.discNumber()).add(t.discTotal()).add(t.discSubtitle()).add(t.trackNumber()).add(t.trackTotal())
                        .add(t.recordingDate()).add(t.releaseDate()).add(t.originalDate()).add(t.year()).add(t.label())
                        .add(t.catalogNumber()).add(t.releaseType()).add(t.compilation()).add(t.mbTrackId()).add(t.mbRecordingId())
                        .add(t.isrc()).add(t.rgTrackGain()).add(t.rgTrackPeak()).add(t.rgAlbumGain()).add(t.rgAlbumPeak())
                        .add(t.lyrics()).add(workId).add(t.movementNumber()).add(t.movementName()).add(t.movementTotal())
                        .add(resolver.folder(FolderPaths.parentOf(t.relativePath())));
                ps.addBatch();
            }
            ps.executeBatch();
            List<UUID> ids = new ArrayList<>(tracks.size());
            try (ResultSet keys = ps.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    private void replaceCreditsAndGenres(Connection c, List<UUID> ids, List<TrackRecord> tracks, Resolver resolver) throws SQLException {
        Object[] idArray = ids.toArray();
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM track_credit WHERE track_id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("uuid", idArray));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM track_genre WHERE track_id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("uuid", idArray));
            ps.executeUpdate();
        }
        try (PreparedStatement credits = c.prepareStatement(
                "INSERT INTO track_credit (track_id, role, position, artist_id, instrument) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement genres = c.prepareStatement("INSERT INTO track_genre (track_id, position, genre_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < tracks.size(); i++) {
                Map<String, Integer> positions = new HashMap<>();
                for (CreditRecord credit : tracks.get(i).credits()) {
                    credits.setObject(1, ids.get(i));
                    credits.setString(2, credit.role());
                    credits.setInt(3, positions.merge(credit.role(), 1, Integer::sum) - 1);
                    credits.setObject(4, resolver.artist(credit.artist()));
                    credits.setString(5, credit.instrument());
                    credits.addBatch();
                }
                int position = 0;
                for (String genre : tracks.get(i).genres()) {
                    genres.setObject(1, ids.get(i));
                    genres.setInt(2, position++);
                    genres.setObject(3, resolver.genre(genre));
                    genres.addBatch();
                }
            }
            credits.executeBatch();
            genres.executeBatch();
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new LibraryStoreException("Cannot encode as JSON: " + e.getMessage(), e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new LibraryStoreException(e.getMessage(), e);
        }
    }

    /** Binds parameters in order; null-safe for every type the track table uses. */
    private static final class Params {
        private final PreparedStatement ps;
        private int index = 1;

        Params(PreparedStatement ps) {
            this.ps = ps;
        }

        Params add(Object value) throws SQLException {
            if (value == null) {
                ps.setNull(index++, Types.NULL);
            } else if (value instanceof byte[] bytes) {
                ps.setBytes(index++, bytes);
            } else {
                ps.setObject(index++, value);
            }
            return this;
        }
    }

    /**
     * Finds or creates the artists, albums, works and genres a batch refers to, each once per batch: a batch is
     * mostly one or two albums, so the same few rows would otherwise be upserted hundreds of times.
     */
    private static final class Resolver {
        private final Connection c;
        private final long musicFolderId;
        private final Map<String, UUID> folders = new HashMap<>();
        private final Map<String, UUID> artists = new HashMap<>();
        private final Map<String, UUID> albums = new HashMap<>();
        private final Map<String, UUID> works = new HashMap<>();
        private final Map<String, UUID> genres = new HashMap<>();

        Resolver(Connection c, long musicFolderId) {
            this.c = c;
            this.musicFolderId = musicFolderId;
        }

        /** The folder at {@code path} inside the music folder, with every folder above it. */
        UUID folder(String path) throws SQLException {
            UUID id = folders.get(path);
            if (id == null) {
                UUID parent = path.isEmpty() ? null : folder(FolderPaths.parentOf(path));
                id = returningId("INSERT INTO folder (music_folder_id, relative_path, parent_id, name) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (music_folder_id, relative_path) DO UPDATE SET parent_id = EXCLUDED.parent_id RETURNING id",
                        musicFolderId, path, parent, FolderPaths.nameOf(path));
                folders.put(path, id);
            }
            return id;
        }

        UUID artist(ArtistRef artist) throws SQLException {
            UUID id = artists.get(artist.key());
            if (id == null) {
                id = returningId("INSERT INTO artist (name, sort_name, name_key, mbid) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (name_key) DO UPDATE SET mbid = COALESCE(artist.mbid, EXCLUDED.mbid) RETURNING id",
                        artist.name(), artist.sortName(), artist.key(), artist.mbid());
                artists.put(artist.key(), id);
            }
            return id;
        }

        UUID genre(String name) throws SQLException {
            UUID id = genres.get(name);
            if (id == null) {
                id = returningId("INSERT INTO genre (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id", name);
                genres.put(name, id);
            }
            return id;
        }

        UUID work(WorkRecord work) throws SQLException {
            if (work == null) {
                return null;
            }
            UUID id = works.get(work.groupKey());
            if (id == null) {
                UUID composer = work.composer() == null ? null : artist(work.composer());
                id = returningId("INSERT INTO work (group_key, title, catalogue, composer_id, mb_work_id) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (group_key) DO UPDATE SET title = EXCLUDED.title, catalogue = COALESCE(EXCLUDED.catalogue, work.catalogue), "
                        + "composer_id = COALESCE(EXCLUDED.composer_id, work.composer_id), mb_work_id = COALESCE(EXCLUDED.mb_work_id, work.mb_work_id) "
                        + "RETURNING id", work.groupKey(), work.title(), work.catalogue(), composer, work.mbWorkId());
                works.put(work.groupKey(), id);
            }
            return id;
        }

        UUID album(AlbumRecord album) throws SQLException {
            if (album == null) {
                return null;
            }
            UUID id = albums.get(album.groupKey());
            if (id == null) {
                id = returningId("""
                        INSERT INTO album (group_key, title, title_sort, artist_display, compilation, mb_release_id, mb_release_group_id,
                            release_date, original_date, year, label, catalog_number, release_type, disc_total,
                            cover_path, cover_mime, cover_width, cover_height, cover_bytes)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (group_key) DO UPDATE SET title = EXCLUDED.title, title_sort = EXCLUDED.title_sort,
                            artist_display = EXCLUDED.artist_display, compilation = EXCLUDED.compilation,
                            mb_release_id = EXCLUDED.mb_release_id, mb_release_group_id = EXCLUDED.mb_release_group_id,
                            release_date = EXCLUDED.release_date, original_date = EXCLUDED.original_date, year = EXCLUDED.year,
                            label = EXCLUDED.label, catalog_number = EXCLUDED.catalog_number, release_type = EXCLUDED.release_type,
                            disc_total = GREATEST(EXCLUDED.disc_total, album.disc_total),
                            cover_path = COALESCE(EXCLUDED.cover_path, album.cover_path),
                            cover_mime = COALESCE(EXCLUDED.cover_mime, album.cover_mime),
                            cover_width = COALESCE(EXCLUDED.cover_width, album.cover_width),
                            cover_height = COALESCE(EXCLUDED.cover_height, album.cover_height),
                            cover_bytes = COALESCE(EXCLUDED.cover_bytes, album.cover_bytes), updated_at = now()
                        RETURNING id""",
                        album.groupKey(), album.title(), album.titleSort(), album.artistDisplay(), album.compilation(),
                        album.mbReleaseId(), album.mbReleaseGroupId(), album.releaseDate(), album.originalDate(), album.year(),
                        album.label(), album.catalogNumber(), album.releaseType(), album.discTotal(), album.coverPath(),
                        album.coverMime(), album.coverWidth(), album.coverHeight(), album.coverBytes());
                replaceAlbumArtists(id, album.artists());
                albums.put(album.groupKey(), id);
            }
            return id;
        }

        /** The first track with an embedded cover stands for an album that has no folder image. */
        void embeddedCover(UUID albumId, UUID trackId) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE album SET cover_track_id = ? WHERE id = ? AND cover_path IS NULL AND cover_track_id IS NULL")) {
                ps.setObject(1, trackId);
                ps.setObject(2, albumId);
                ps.executeUpdate();
            }
        }

        private void replaceAlbumArtists(UUID albumId, List<ArtistRef> artists) throws SQLException {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM album_artist WHERE album_id = ?")) {
                delete.setObject(1, albumId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO album_artist (album_id, artist_id, position) VALUES (?, ?, ?)")) {
                for (int i = 0; i < artists.size(); i++) {
                    insert.setObject(1, albumId);
                    insert.setObject(2, artist(artists.get(i)));
                    insert.setInt(3, i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        private UUID returningId(String sql, Object... values) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Params p = new Params(ps);
                for (Object value : values) {
                    p.add(value);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getObject(1, UUID.class);
                }
            }
        }
    }
}
