package dev.fidelio.library;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * Pages by keyset: each page continues after the (sort key, id) of the previous page's last item, never at an offset,
 * so rows a scan inserts or removes meanwhile cannot shift a page: no item is shown twice or skipped (only items
 * whose own key changes between two pages, such as a play count, can move). A random order is a hash of the id
 * with a seed carried in the cursor, so it too pages stably.
 */
final class Keyset {

    /** A sort key: its SQL expression and the SQL type its text form is cast back to. */
    record Key(Condition expression, String type) {
        static Key of(String sql, String type, Object... args) {
            return new Key(Condition.of(sql, args), type);
        }
    }

    /** The key expression for an order of one kind of item; refuses orders the kind does not have. */
    interface Keys {
        Key of(SortKey key, long userId, String seed);
    }

    private static final SecureRandom SEEDS = new SecureRandom();

    private Keyset() {
    }

    /**
     * One page of {@code SELECT <columns> FROM <from> WHERE <conditions>}. The first column must be the item's id,
     * named {@code id}; {@code item} reads a row's columns (the cursor's key follows them).
     */
    static <T> Page<T> page(EntityManager entityManager, String columns, String from, List<Condition> conditions, Sort sort, Keys keys,
            long userId, PageRequest request, Function<Object[], T> item) {
        Cursor after = Cursor.decode(request.after(), sort);
        String seed = after != null ? after.seed() : sort.key() == SortKey.RANDOM ? HexFormat.of().formatHex(SEEDS.generateSeed(8)) : "";
        Key key = keys.of(sort.key(), userId, seed);
        String direction = sort.descending() ? " DESC" : " ASC";
        Sql sql = new Sql("SELECT x.*, x.sort_key::text FROM (SELECT " + columns + ", ").add(key.expression())
                .add(" AS sort_key FROM " + from).where(conditions).add(") AS x");
        if (after != null) {
            sql.add(" WHERE (x.sort_key, x.id) " + (sort.descending() ? "<" : ">") + " (CAST(? AS " + key.type() + "), ?)", after.key(),
                    after.id());
        }
        sql.add(" ORDER BY x.sort_key" + direction + ", x.id" + direction + " LIMIT ?", request.first() + 1);
        if (request.offset() > 0) {
            sql.add(" OFFSET ?", request.offset());
        }
        List<Object[]> rows = sql.rows(entityManager);
        boolean more = rows.size() > request.first();
        List<T> items = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(rows.size(), request.first()))) {
            items.add(item.apply(row));
            cursors.add(new Cursor(sort, seed, Rows.uuid(row[0]), (String) row[row.length - 1]).encode());
        }
        return new Page<>(items, cursors, more, after != null || request.offset() > 0);
    }

    static long count(EntityManager entityManager, String from, List<Condition> conditions) {
        return Rows.longValue(new Sql("SELECT count(*) FROM " + from).where(conditions).rows(entityManager).get(0)[0]);
    }

    /** The caller's play count of an item of {@code kind} whose id is {@code idColumn}. */
    static Key playCount(ItemKind kind, String idColumn, long userId) {
        return Key.of("COALESCE((SELECT an.play_count FROM annotation an WHERE an.user_id = ? AND an.item_kind = '" + kind.name()
                + "' AND an.item_id = " + idColumn + "), 0)", "integer", userId);
    }

    static Key random(String idColumn, String seed) {
        return Key.of("md5(? || " + idColumn + "::text)", "text", seed);
    }

    static IllegalArgumentException unsupported(String items, SortKey key) {
        return new IllegalArgumentException(items + " cannot be sorted by " + key);
    }

    /** Where a page ended, in one opaque string: the order it belongs to, the random seed, the last id and key. */
    private record Cursor(Sort sort, String seed, UUID id, String key) {

        private static final String VERSION = "k1";

        String encode() {
            String text = String.join("\n", VERSION, sort.key().name(), Boolean.toString(sort.descending()), seed, id.toString(),
                    key == null ? "" : key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor, Sort sort) {
            if (cursor == null) {
                return null;
            }
            String[] parts;
            try {
                parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 6);
            } catch (IllegalArgumentException e) {
                parts = new String[0];
            }
            if (parts.length != 6 || !parts[0].equals(VERSION)) {
                throw new IllegalArgumentException("'" + abbreviate(cursor) + "' is not a cursor of this listing; ask for the first page again");
            }
            if (!parts[1].equals(sort.key().name()) || !parts[2].equals(Boolean.toString(sort.descending()))) {
                throw new IllegalArgumentException("This cursor belongs to a listing sorted by " + parts[1]
                        + (Boolean.parseBoolean(parts[2]) ? " descending" : " ascending") + "; ask for the first page again");
            }
            try {
                return new Cursor(sort, parts[3], UUID.fromString(parts[4]), parts[5]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + abbreviate(cursor) + "' is not a cursor of this listing; ask for the first page again");
            }
        }

        private static String abbreviate(String text) {
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
    }
}
