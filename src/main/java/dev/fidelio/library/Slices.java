package dev.fidelio.library;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * Listings by offset, for protocols that page that way (Subsonic's album lists and song lists): {@code limit} items
 * after skipping {@code offset}, in an order that ends with the id, so it is total and the same request gives the
 * same items while the library does not change.
 */
final class Slices {

    private Slices() {
    }

    /**
     * @param order the ORDER BY expressions, the id last
     */
    static <T> List<T> list(EntityManager entityManager, String columns, String from, List<Condition> conditions, String order,
            int offset, int limit, Function<Object[], T> item) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("An offset and a count cannot be negative: " + offset + ", " + limit);
        }
        Sql sql = new Sql("SELECT " + columns + " FROM " + from).where(conditions)
                .add(" ORDER BY " + order + " LIMIT ? OFFSET ?", limit, offset);
        return sql.rows(entityManager).stream().map(item).toList();
    }
}
