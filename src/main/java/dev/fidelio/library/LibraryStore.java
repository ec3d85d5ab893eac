package dev.fidelio.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import dev.fidelio.library.search.SearchWords;

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

    /** The track's columns as the batch upsert sends them: name and type (json and timestamps are sent as text). */
    private static final List<String[]> TRACK_COLUMNS = columns("""
            relative_path text, file_size int8, file_modified timestamptz, content_key bytea, format text, codec text,
            lossless bool, sample_rate int4, bits_per_sample int4, channels int4, total_samples int8, duration_seconds float8,
            bitrate_kbps int4, dsd_rate int4, audio_md5 bytea, raw_tags jsonb, pictures jsonb, title text, title_sort text,
            album_id uuid, disc_number int4, disc_total int4, disc_subtitle text, track_number int4, track_total int4,
            recording_date text, release_date text, original_date text, year int4, label text, catalog_number text,
            release_type text, compilation bool, mb_track_id text, mb_recording_id text, isrc text, rg_track_gain float8,
            rg_track_peak float8, rg_album_gain float8, rg_album_peak float8, lyrics text, work_id uuid, movement_number int4,
            movement_name text, movement_total int4, folder_id uuid""");
    /** Sent as text and cast: the driver has no array encoding for them. */
    private static final Set<String> SENT_AS_TEXT = Set.of("jsonb", "timestamptz");

    private static final String UPSERT_TRACK_ON_CONFLICT = """

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
                    folder_id = EXCLUDED.folder_id, search_title = EXCLUDED.search_title, search_words = EXCLUDED.search_words,
                    indexed_at = now()
                                """;

    private static List<String[]> columns(String spec) {
        return Arrays.stream(spec.split(",")).map(c -> c.strip().split("\\s+")).toList();
    }

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

    /**
     * Stores a batch in a fixed number of statements, whatever its size: the artists, genres, works, albums and
     * folders it refers to are each upserted in one statement (a folder level in one), then the tracks in one, then
     * their credits and genres. Tracks that were just inserted have no credits or genres to replace.
     */
    @Transactional
    public void save(long folderId, List<TrackRecord> tracks) {
        try (Connection c = dataSource.getConnection()) {
            new BatchWriter(c, folderId, tracks).write();
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

    /**
     * Brings the planner's statistics of the library's tables up to date, so that the queries right after a large
     * change are planned for the library as it now is, not as it was.
     */
    public void analyze() {
        update("ANALYZE track, track_credit, track_genre, album, album_artist, artist, work, genre, folder", ps -> {
        });
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

    /**
     * An array parameter for {@code unnest}: one element a row, written as it is or as {@code expression} makes it
     * ({@code %s} stands for the value): a cast for what the driver cannot send typed, a function for the search
     * columns, which are sent as words and folded by the database.
     */
    private record Column(String name, String type, Object[] values, String expression) {
        Column(String name, String type, Object[] values) {
            this(name, type, values, "%s");
        }

        String select() {
            return expression.formatted("v." + name);
        }
    }

    /** Sets the columns as array parameters, from parameter {@code first} on. */
    private static void bindColumns(Connection c, PreparedStatement ps, int first, List<Column> columns) throws SQLException {
        int index = first;
        for (Column column : columns) {
            Object[] values = column.values();
            if (column.type().equals("bytea")) {
                // The driver encodes byte arrays only from a byte[][]; in an Object[] it would take their toString().
                values = Arrays.copyOf(values, values.length, byte[][].class);
            }
            ps.setArray(index++, c.createArrayOf(column.type(), values));
        }
    }

    private static String unnest(List<Column> columns) {
        StringBuilder sql = new StringBuilder("unnest(");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("?::").append(columns.get(i).type()).append("[]");
        }
        sql.append(") AS v(");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(columns.get(i).name());
        }
        return sql.append(')').toString();
    }

    private static String names(List<Column> columns) {
        return String.join(", ", columns.stream().map(Column::name).toList());
    }

    private static String select(List<Column> columns) {
        return String.join(", ", columns.stream().map(Column::select).toList());
    }

    /** Each row's folded title, and all its words as a tsvector: what {@code dev.fidelio.library.search} matches. */
    private static List<Column> searchColumns(List<String> titleWords, List<String> allWords) {
        return List.of(new Column("search_title", "text", titleWords.toArray(), "search_fold(%s)"),
                new Column("search_words", "text", allWords.toArray(), "search_vector(%s)"));
    }

    private static List<Column> with(List<Column> columns, List<Column> more) {
        List<Column> all = new ArrayList<>(columns);
        all.addAll(more);
        return all;
    }

    /**
     * Writes one batch. Rows the batch refers to more than once (an album, an artist) are sent once: the first
     * mention wins, and one {@code INSERT … ON CONFLICT DO UPDATE} may not touch a row twice anyway.
     */
    private final class BatchWriter {
        private final Connection c;
        private final long musicFolderId;
        private final List<TrackRecord> tracks;
        private final Map<String, UUID> artists = new HashMap<>();
        private final Map<String, UUID> genres = new HashMap<>();
        private final Map<String, UUID> works = new HashMap<>();
        private final Map<String, UUID> albums = new HashMap<>();
        private final Map<String, UUID> folders = new HashMap<>();
        /** Every word the batch's rows are found by, for correcting typos. */
        private final Set<String> words = new LinkedHashSet<>();

        BatchWriter(Connection c, long musicFolderId, List<TrackRecord> tracks) {
            this.c = c;
            this.musicFolderId = musicFolderId;
            this.tracks = tracks;
        }

        void write() throws SQLException {
            upsertArtists();
            upsertGenres();
            upsertWorks();
            upsertAlbums();
            upsertFolders();
            Stored stored = upsertTracks();
            embeddedCovers(stored.ids());
            replaceCreditsAndGenres(stored);
            addSearchWords();
        }

        /** The words of a row, remembered for {@link #addSearchWords}. */
        private String searchWords(String... texts) {
            String found = SearchWords.of(texts);
            words.addAll(SearchWords.split(found));
            return found;
        }

        private void addSearchWords() throws SQLException {
            if (words.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO search_word (word) SELECT DISTINCT w FROM unnest(string_to_array(search_fold(?), ' ')) AS w
                    WHERE w <> '' ON CONFLICT DO NOTHING""")) {
                ps.setString(1, String.join(" ", words));
                ps.executeUpdate();
            }
        }

        /** Album artists and composers in track order, then the credited artists, as they were met before. */
        private void upsertArtists() throws SQLException {
            Map<String, ArtistRef> refs = new LinkedHashMap<>();
            for (TrackRecord t : tracks) {
                if (t.album() != null) {
                    t.album().artists().forEach(a -> refs.putIfAbsent(a.key(), a));
                }
                if (t.work() != null && t.work().composer() != null) {
                    refs.putIfAbsent(t.work().composer().key(), t.work().composer());
                }
            }
            for (TrackRecord t : tracks) {
                t.credits().forEach(credit -> refs.putIfAbsent(credit.artist().key(), credit.artist()));
            }
            if (refs.isEmpty()) {
                return;
            }
            Collection<ArtistRef> rows = refs.values();
            List<Column> columns = with(List.of(
                    new Column("name", "text", rows.stream().map(ArtistRef::name).toArray()),
                    new Column("sort_name", "text", rows.stream().map(ArtistRef::sortName).toArray()),
                    new Column("name_key", "text", rows.stream().map(ArtistRef::key).toArray()),
                    new Column("mbid", "text", rows.stream().map(ArtistRef::mbid).toArray())),
                    searchColumns(rows.stream().map(a -> searchWords(a.name())).toList(),
                            rows.stream().map(a -> searchWords(a.name(), a.sortName())).toList()));
            // An artist keeps the spelling it was first met with, and its search columns with it.
            upsert("INSERT INTO artist (" + names(columns) + ") SELECT " + select(columns) + " FROM " + unnest(columns)
                    + " ON CONFLICT (name_key) DO UPDATE SET mbid = COALESCE(artist.mbid, EXCLUDED.mbid) RETURNING id, name_key",
                    columns, artists, null);
        }

        private void upsertGenres() throws SQLException {
            Set<String> names = new LinkedHashSet<>();
            tracks.forEach(t -> names.addAll(t.genres()));
            if (names.isEmpty()) {
                return;
            }
            List<Column> columns = List.of(new Column("name", "text", names.toArray()));
            upsert("INSERT INTO genre (name) SELECT * FROM " + unnest(columns)
                    + " ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id, name", columns, genres, null);
        }

        private void upsertWorks() throws SQLException {
            Map<String, WorkRecord> rows = new LinkedHashMap<>();
            tracks.stream().map(TrackRecord::work).filter(w -> w != null).forEach(w -> rows.putIfAbsent(w.groupKey(), w));
            if (rows.isEmpty()) {
                return;
            }
            Collection<WorkRecord> w = rows.values();
            List<Column> columns = with(List.of(
                    new Column("group_key", "text", w.stream().map(WorkRecord::groupKey).toArray()),
                    new Column("title", "text", w.stream().map(WorkRecord::title).toArray()),
                    new Column("catalogue", "text", w.stream().map(WorkRecord::catalogue).toArray()),
                    new Column("composer_id", "uuid", w.stream().map(r -> r.composer() == null ? null : artists.get(r.composer().key())).toArray()),
                    new Column("mb_work_id", "text", w.stream().map(WorkRecord::mbWorkId).toArray())),
                    searchColumns(w.stream().map(r -> searchWords(r.title())).toList(), w.stream().map(r -> r.composer() == null
                            ? searchWords(r.title(), r.catalogue())
                            : searchWords(r.title(), r.catalogue(), r.composer().name(), r.composer().sortName())).toList()));
            upsert("INSERT INTO work (" + names(columns) + ") SELECT " + select(columns) + " FROM " + unnest(columns) + """
                     ON CONFLICT (group_key) DO UPDATE SET title = EXCLUDED.title, catalogue = COALESCE(EXCLUDED.catalogue, work.catalogue),
                        composer_id = COALESCE(EXCLUDED.composer_id, work.composer_id), mb_work_id = COALESCE(EXCLUDED.mb_work_id, work.mb_work_id),
                        search_title = EXCLUDED.search_title, search_words = EXCLUDED.search_words
                    RETURNING id, group_key""", columns, works, null);
        }

        /** The albums, then their artists: replaced for albums that were there before, simply added to new ones. */
        private void upsertAlbums() throws SQLException {
            Map<String, AlbumRecord> rows = new LinkedHashMap<>();
            tracks.stream().map(TrackRecord::album).filter(a -> a != null).forEach(a -> rows.putIfAbsent(a.groupKey(), a));
            if (rows.isEmpty()) {
                return;
            }
            Collection<AlbumRecord> a = rows.values();
            List<Column> columns = with(List.of(
                    new Column("group_key", "text", a.stream().map(AlbumRecord::groupKey).toArray()),
                    new Column("title", "text", a.stream().map(AlbumRecord::title).toArray()),
                    new Column("title_sort", "text", a.stream().map(AlbumRecord::titleSort).toArray()),
                    new Column("artist_display", "text", a.stream().map(AlbumRecord::artistDisplay).toArray()),
                    new Column("compilation", "bool", a.stream().map(AlbumRecord::compilation).toArray()),
                    new Column("mb_release_id", "text", a.stream().map(AlbumRecord::mbReleaseId).toArray()),
                    new Column("mb_release_group_id", "text", a.stream().map(AlbumRecord::mbReleaseGroupId).toArray()),
                    new Column("release_date", "text", a.stream().map(AlbumRecord::releaseDate).toArray()),
                    new Column("original_date", "text", a.stream().map(AlbumRecord::originalDate).toArray()),
                    new Column("year", "int4", a.stream().map(AlbumRecord::year).toArray()),
                    new Column("label", "text", a.stream().map(AlbumRecord::label).toArray()),
                    new Column("catalog_number", "text", a.stream().map(AlbumRecord::catalogNumber).toArray()),
                    new Column("release_type", "text", a.stream().map(AlbumRecord::releaseType).toArray()),
                    new Column("disc_total", "int4", a.stream().map(AlbumRecord::discTotal).toArray()),
                    new Column("cover_path", "text", a.stream().map(AlbumRecord::coverPath).toArray()),
                    new Column("cover_mime", "text", a.stream().map(AlbumRecord::coverMime).toArray()),
                    new Column("cover_width", "int4", a.stream().map(AlbumRecord::coverWidth).toArray()),
                    new Column("cover_height", "int4", a.stream().map(AlbumRecord::coverHeight).toArray()),
                    new Column("cover_bytes", "int8", a.stream().map(AlbumRecord::coverBytes).toArray())),
                    searchColumns(a.stream().map(r -> searchWords(r.title())).toList(), a.stream().map(r -> searchWords(albumTexts(r))).toList()));
            Set<String> inserted = new HashSet<>();
            upsert("INSERT INTO album (" + names(columns) + ") SELECT " + select(columns) + " FROM " + unnest(columns) + """
                     ON CONFLICT (group_key) DO UPDATE SET title = EXCLUDED.title, title_sort = EXCLUDED.title_sort,
                        search_title = EXCLUDED.search_title, search_words = EXCLUDED.search_words,
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
                    RETURNING id, group_key, xmax = 0""", columns, albums, inserted);
            List<Object> existing = new ArrayList<>();
            List<Object> albumIds = new ArrayList<>();
            List<Object> artistIds = new ArrayList<>();
            List<Object> positions = new ArrayList<>();
            for (AlbumRecord album : a) {
                UUID id = albums.get(album.groupKey());
                if (!inserted.contains(album.groupKey())) {
                    existing.add(id);
                }
                for (int i = 0; i < album.artists().size(); i++) {
                    albumIds.add(id);
                    artistIds.add(artists.get(album.artists().get(i).key()));
                    positions.add(i);
                }
            }
            deleteWhereAny("DELETE FROM album_artist WHERE album_id = ANY (?)", existing);
            insert("album_artist", List.of(new Column("album_id", "uuid", albumIds.toArray()),
                    new Column("artist_id", "uuid", artistIds.toArray()), new Column("position", "int4", positions.toArray())));
        }

        /** The folders that hold the tracks, with every folder above them: one statement a level, parents first. */
        private void upsertFolders() throws SQLException {
            List<Set<String>> levels = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (TrackRecord t : tracks) {
                for (String path = FolderPaths.parentOf(t.relativePath()); seen.add(path); path = FolderPaths.parentOf(path)) {
                    int depth = depth(path);
                    while (levels.size() <= depth) {
                        levels.add(new LinkedHashSet<>());
                    }
                    levels.get(depth).add(path);
                    if (path.isEmpty()) {
                        break;
                    }
                }
            }
            for (Set<String> level : levels) {
                if (level.isEmpty()) {
                    continue;
                }
                List<Column> columns = List.of(new Column("relative_path", "text", level.toArray()),
                        new Column("parent_id", "uuid", level.stream().map(p -> p.isEmpty() ? null : folders.get(FolderPaths.parentOf(p))).toArray()),
                        new Column("name", "text", level.stream().map(FolderPaths::nameOf).toArray()));
                upsert("INSERT INTO folder (music_folder_id, " + names(columns) + ") SELECT " + musicFolderId + ", * FROM " + unnest(columns)
                        + " ON CONFLICT (music_folder_id, relative_path) DO UPDATE SET parent_id = EXCLUDED.parent_id"
                        + " RETURNING id, relative_path", columns, folders, null);
            }
        }

        private static int depth(String path) {
            if (path.isEmpty()) {
                return 0;
            }
            int depth = 1;
            for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
                depth++;
            }
            return depth;
        }

        private record Stored(List<UUID> ids, boolean[] inserted) {
        }

        /** What a track is found by besides its title: its artists in every role, its album and its work. */
        private static String[] trackTexts(TrackRecord t) {
            List<String> texts = new ArrayList<>();
            texts.add(t.title());
            for (CreditRecord credit : t.credits()) {
                texts.add(credit.artist().name());
                texts.add(credit.artist().sortName());
            }
            if (t.album() != null) {
                texts.add(t.album().title());
            }
            if (t.work() != null) {
                texts.add(t.work().title());
                texts.add(t.work().catalogue());
            }
            return texts.toArray(String[]::new);
        }

        /** An album is found by its title and its album artists. */
        private static String[] albumTexts(AlbumRecord album) {
            List<String> texts = new ArrayList<>();
            texts.add(album.title());
            for (ArtistRef artist : album.artists()) {
                texts.add(artist.name());
                texts.add(artist.sortName());
            }
            return texts.toArray(String[]::new);
        }

        private Stored upsertTracks() throws SQLException {
            int n = tracks.size();
            Map<String, Integer> rowOf = new HashMap<>();
            Object[][] v = new Object[47][n];
            for (int r = 0; r < n; r++) {
                TrackRecord t = tracks.get(r);
                TrackRecord.Audio a = t.audio();
                rowOf.put(t.relativePath(), r);
                Object[] row = {t.relativePath(), t.fileSize(), t.modified().toString(), t.contentKey(), a.format(), a.codec(),
                        a.lossless(), a.sampleRate(), a.bitsPerSample(), a.channels(), a.totalSamples(), a.durationSeconds(),
                        a.bitrateKbps(), a.dsdRate(), a.md5(), toJson(t.rawTags()), toJson(t.pictures()), t.title(), t.titleSort(),
                        t.album() == null ? null : albums.get(t.album().groupKey()), t.discNumber(), t.discTotal(),
                        t.discSubtitle(), t.trackNumber(), t.trackTotal(), t.recordingDate(), t.releaseDate(), t.originalDate(),
                        t.year(), t.label(), t.catalogNumber(), t.releaseType(), t.compilation(), t.mbTrackId(), t.mbRecordingId(),
                        t.isrc(), t.rgTrackGain(), t.rgTrackPeak(), t.rgAlbumGain(), t.rgAlbumPeak(), t.lyrics(),
                        t.work() == null ? null : works.get(t.work().groupKey()), t.movementNumber(), t.movementName(),
                        t.movementTotal(), folders.get(FolderPaths.parentOf(t.relativePath()))};
                for (int col = 0; col < row.length; col++) {
                    v[col][r] = row[col];
                }
            }
            List<Column> columns = new ArrayList<>(TRACK_COLUMNS.size() + 2);
            for (int col = 0; col < TRACK_COLUMNS.size(); col++) {
                String name = TRACK_COLUMNS.get(col)[0];
                String type = TRACK_COLUMNS.get(col)[1];
                columns.add(SENT_AS_TEXT.contains(type) ? new Column(name, "text", v[col], "%s::" + type) : new Column(name, type, v[col]));
            }
            columns.addAll(searchColumns(tracks.stream().map(t -> searchWords(t.title())).toList(),
                    tracks.stream().map(t -> searchWords(trackTexts(t))).toList()));
            String sql = "INSERT INTO track (music_folder_id, " + names(columns) + ", indexed_at) SELECT ?, " + select(columns)
                    + ", now() FROM "
                    + unnest(columns) + UPSERT_TRACK_ON_CONFLICT + " RETURNING id, relative_path, xmax = 0";
            UUID[] ids = new UUID[n];
            boolean[] inserted = new boolean[n];
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, musicFolderId);
                bindColumns(c, ps, 2, columns);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int r = rowOf.get(rs.getString(2));
                        ids[r] = rs.getObject(1, UUID.class);
                        inserted[r] = rs.getBoolean(3);
                    }
                }
            }
            return new Stored(Arrays.asList(ids), inserted);
        }

        /** The first track with an embedded cover stands for an album that has no folder image. */
        private void embeddedCovers(List<UUID> ids) throws SQLException {
            Map<UUID, UUID> firstTrack = new LinkedHashMap<>();
            for (int i = 0; i < tracks.size(); i++) {
                AlbumRecord album = tracks.get(i).album();
                if (album != null && album.coverEmbedded()) {
                    firstTrack.putIfAbsent(albums.get(album.groupKey()), ids.get(i));
                }
            }
            if (firstTrack.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE album a SET cover_track_id = v.track_id FROM unnest(?::uuid[], ?::uuid[]) AS v(album_id, track_id)
                    WHERE a.id = v.album_id AND a.cover_path IS NULL AND a.cover_track_id IS NULL""")) {
                ps.setArray(1, c.createArrayOf("uuid", firstTrack.keySet().toArray()));
                ps.setArray(2, c.createArrayOf("uuid", firstTrack.values().toArray()));
                ps.executeUpdate();
            }
        }

        private void replaceCreditsAndGenres(Stored stored) throws SQLException {
            List<Object> existing = new ArrayList<>();
            List<Object> creditTracks = new ArrayList<>();
            List<Object> roles = new ArrayList<>();
            List<Object> creditPositions = new ArrayList<>();
            List<Object> creditArtists = new ArrayList<>();
            List<Object> instruments = new ArrayList<>();
            List<Object> genreTracks = new ArrayList<>();
            List<Object> genrePositions = new ArrayList<>();
            List<Object> genreIds = new ArrayList<>();
            for (int i = 0; i < tracks.size(); i++) {
                UUID id = stored.ids().get(i);
                if (!stored.inserted()[i]) {
                    existing.add(id);
                }
                Map<String, Integer> positions = new HashMap<>();
                for (CreditRecord credit : tracks.get(i).credits()) {
                    creditTracks.add(id);
                    roles.add(credit.role());
                    creditPositions.add(positions.merge(credit.role(), 1, Integer::sum) - 1);
                    creditArtists.add(artists.get(credit.artist().key()));
                    instruments.add(credit.instrument());
                }
                int position = 0;
                for (String genre : tracks.get(i).genres()) {
                    genreTracks.add(id);
                    genrePositions.add(position++);
                    genreIds.add(genres.get(genre));
                }
            }
            deleteWhereAny("DELETE FROM track_credit WHERE track_id = ANY (?)", existing);
            deleteWhereAny("DELETE FROM track_genre WHERE track_id = ANY (?)", existing);
            insert("track_credit", List.of(new Column("track_id", "uuid", creditTracks.toArray()),
                    new Column("role", "text", roles.toArray()), new Column("position", "int4", creditPositions.toArray()),
                    new Column("artist_id", "uuid", creditArtists.toArray()), new Column("instrument", "text", instruments.toArray())));
            insert("track_genre", List.of(new Column("track_id", "uuid", genreTracks.toArray()),
                    new Column("position", "int4", genrePositions.toArray()), new Column("genre_id", "uuid", genreIds.toArray())));
        }

        /** Runs an upsert returning (id, key[, inserted]) and records the ids by key, and the keys inserted. */
        private void upsert(String sql, List<Column> columns, Map<String, UUID> ids, Set<String> inserted) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindColumns(c, ps, 1, columns);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(2), rs.getObject(1, UUID.class));
                        if (inserted != null && rs.getBoolean(3)) {
                            inserted.add(rs.getString(2));
                        }
                    }
                }
            }
        }

        private void insert(String table, List<Column> columns) throws SQLException {
            if (columns.get(0).values().length == 0) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + table + " (" + names(columns) + ") SELECT * FROM " + unnest(columns))) {
                bindColumns(c, ps, 1, columns);
                ps.executeUpdate();
            }
        }

        private void deleteWhereAny(String sql, List<Object> ids) throws SQLException {
            if (ids.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                ps.executeUpdate();
            }
        }
    }
}
