package dev.fidelio.library.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.postgresql.util.PGobject;

import dev.fidelio.library.ItemKind;
import dev.fidelio.library.VisibleLibraries;

/**
 * The database half of {@link LibrarySearch}: finds and ranks the ids, on any connection (the search benchmark
 * runs it on a server's database).
 *
 * <p>Each word of the query must match a word of the item, wholly, as a prefix (from two letters on) or, from four
 * letters on, through a correction: one of the few words of the library most like it by trigram similarity, at least
 * {@value #MIN_SIMILARITY} for a word the library does not know (a typo), {@value #MIN_VARIANT_SIMILARITY} for one it
 * knows as a word or the start of one (a variant spelling: Rachmaninov, Rachmaninoff). A word scores by how it
 * matched: whole in the title 1.0, prefix of a title word 0.9, whole elsewhere 0.7, prefix elsewhere 0.6, corrected
 * in the title 0.4, corrected elsewhere 0.3; an item's score is the mean over the query's words. Equal scores put
 * shorter titles first, then the name order of the kind; tracks of one title (a movement on several albums) then go
 * by their path, so that the same library always lists them alike (ids are random).
 */
public final class RankedSearch {

    static final int MIN_PREFIX_LENGTH = 2;
    static final int MIN_CORRECTED_LENGTH = 4;
    static final double MIN_SIMILARITY = 0.4;
    static final double MIN_VARIANT_SIMILARITY = 0.6;
    static final int MAX_CORRECTIONS = 3;

    private static final String TERMS = String.format(Locale.ROOT, """
            SELECT w.word, ARRAY(SELECT s.word FROM search_word s
                    WHERE length(w.word) >= %d AND s.word %% w.word AND NOT starts_with(s.word, w.word)
                        AND similarity(s.word, w.word) >= CASE
                            WHEN EXISTS (SELECT 1 FROM search_word k WHERE starts_with(k.word, w.word)) THEN %s ELSE %s END
                    ORDER BY similarity(s.word, w.word) DESC, s.word LIMIT %d)
            FROM unnest(string_to_array(search_fold(?), ' ')) WITH ORDINALITY AS w(word, position)
            WHERE w.word <> '' ORDER BY w.position""", MIN_CORRECTED_LENGTH, MIN_VARIANT_SIMILARITY, MIN_SIMILARITY, MAX_CORRECTIONS);

    /** Where each kind is searched, the order that settles equal scores, and which rows a restricted account sees. */
    private enum Target {
        ARTIST(ItemKind.artist, "artist", "x.sort_name", 2, """
                (EXISTS (SELECT 1 FROM track_credit c JOIN track t ON t.id = c.track_id
                         WHERE c.artist_id = x.id AND t.music_folder_id = ANY(?))
                 OR EXISTS (SELECT 1 FROM album_artist aa JOIN track t ON t.album_id = aa.album_id
                         WHERE aa.artist_id = x.id AND t.music_folder_id = ANY(?)))"""),
        ALBUM(ItemKind.album, "album", "x.title_sort", 1,
                "EXISTS (SELECT 1 FROM track t WHERE t.album_id = x.id AND t.music_folder_id = ANY(?))"),
        WORK(ItemKind.work, "work", "x.title", 1,
                "EXISTS (SELECT 1 FROM track t WHERE t.work_id = x.id AND t.music_folder_id = ANY(?))"),
        TRACK(ItemKind.track, "track", "x.title_sort, x.music_folder_id, x.relative_path", 1, "x.music_folder_id = ANY(?)");

        final ItemKind kind;
        final String table;
        final String order;
        /** How many times {@link #visible} takes the array of visible music folders. */
        final int folderParams;
        final String visible;

        Target(ItemKind kind, String table, String order, int folderParams, String visible) {
            this.kind = kind;
            this.table = table;
            this.order = order;
            this.folderParams = folderParams;
            this.visible = visible;
        }

        static Target of(ItemKind kind) {
            for (Target target : values()) {
                if (target.kind == kind) {
                    return target;
                }
            }
            throw new IllegalArgumentException("Not searchable: " + kind);
        }
    }

    /** A folded word of the query and the library's words that may be what was meant. */
    private record Term(String word, List<String> corrections) {

        boolean prefix() {
            return word.length() >= MIN_PREFIX_LENGTH;
        }

        /** Whole word, prefix or correction, as a tsquery. */
        String matches() {
            List<String> alternatives = new ArrayList<>();
            alternatives.add(prefix() ? lexeme(word) + ":*" : lexeme(word));
            corrections.forEach(c -> alternatives.add(lexeme(c)));
            return "(" + String.join(" | ", alternatives) + ")";
        }
    }

    private final Connection connection;

    public RankedSearch(Connection connection) {
        this.connection = connection;
    }

    /** The ids that match {@code query} among what {@code visible} allows, best first, for each kind in {@code pages}. */
    public Map<ItemKind, SearchHits<UUID>> run(String query, VisibleLibraries visible, Map<ItemKind, SearchPage> pages)
            throws SQLException {
        SearchQuery parsed = SearchQuery.of(query);
        List<Term> terms = parsed.everything() ? List.of() : terms(parsed);
        Map<ItemKind, SearchHits<UUID>> found = new EnumMap<>(ItemKind.class);
        for (Map.Entry<ItemKind, SearchPage> entry : pages.entrySet()) {
            Target target = Target.of(entry.getKey());
            SearchPage page = entry.getValue();
            if (page.limit() == 0 || !parsed.everything() && terms.isEmpty()) {
                found.put(target.kind, SearchHits.none());
            } else {
                found.put(target.kind, select(target, terms, visible, page));
            }
        }
        return found;
    }

    private List<Term> terms(SearchQuery query) throws SQLException {
        Map<String, Term> terms = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(TERMS)) {
            ps.setString(1, query.words());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String word = rs.getString(1);
                    terms.putIfAbsent(word, new Term(word, List.of((String[]) rs.getArray(2).getArray())));
                }
            }
        }
        return List.copyOf(terms.values());
    }

    /** One kind's page: everything in id order for an empty query, else the matches best first. */
    private SearchHits<UUID> select(Target target, List<Term> terms, VisibleLibraries visible, SearchPage page) throws SQLException {
        Sql sql = new Sql();
        if (terms.isEmpty()) {
            sql.add("SELECT x.id, 0 FROM " + target.table + " x WHERE true");
        } else {
            sql.add("SELECT x.id, (");
            for (int i = 0; i < terms.size(); i++) {
                sql.add(i == 0 ? "" : " + ");
                score(terms.get(i), sql);
            }
            sql.add(") / " + terms.size() + " AS score FROM " + target.table + " x WHERE x.search_words @@ ?",
                    tsquery(String.join(" & ", terms.stream().map(Term::matches).toList())));
        }
        if (!visible.all()) {
            Object[] folders = new Object[target.folderParams];
            Arrays.fill(folders, connection.createArrayOf("bigint", visible.folderIdArray()));
            sql.add(" AND " + target.visible, folders);
        }
        sql.add(terms.isEmpty() ? " ORDER BY x.id" : " ORDER BY score DESC, length(x.search_title), " + target.order + ", x.id");
        sql.add(" LIMIT ? OFFSET ?", page.limit() + 1, page.offset());
        List<SearchHit<UUID>> hits = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(connection); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hits.add(new SearchHit<>(rs.getObject(1, UUID.class), rs.getDouble(2)));
            }
        }
        boolean more = hits.size() > page.limit();
        return new SearchHits<>(more ? hits.subList(0, page.limit()) : hits, more);
    }

    /** How one word of the query matched a row: the first that holds of the tiers in the class comment. */
    private void score(Term term, Sql sql) throws SQLException {
        sql.add("CASE WHEN strpos(' ' || x.search_title || ' ', ?) > 0 THEN 1.0", " " + term.word() + " ");
        if (term.prefix()) {
            sql.add(" WHEN strpos(' ' || x.search_title, ?) > 0 THEN 0.9", " " + term.word());
        }
        sql.add(" WHEN x.search_words @@ ? THEN 0.7", tsquery(lexeme(term.word())));
        if (term.prefix()) {
            sql.add(" WHEN x.search_words @@ ? THEN 0.6", tsquery(lexeme(term.word()) + ":*"));
        }
        if (!term.corrections().isEmpty()) {
            sql.add(" WHEN string_to_array(x.search_title, ' ') && ? THEN 0.4", connection.createArrayOf("text", term.corrections().toArray()));
        }
        sql.add(" ELSE 0.3 END");
    }

    /** A tsquery operand: the word quoted, so that nothing in it reads as an operator. */
    private static String lexeme(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static PGobject tsquery(String value) throws SQLException {
        PGobject query = new PGobject();
        query.setType("tsquery");
        query.setValue(value);
        return query;
    }

    /** A statement and its parameters, added in the order their placeholders appear. */
    private static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        void add(String sql, Object... values) {
            text.append(sql);
            params.addAll(List.of(values));
        }

        PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement ps = connection.prepareStatement(text.toString());
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            return ps;
        }
    }
}
