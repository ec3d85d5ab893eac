package dev.fidelio.library;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Reading the columns of native query rows, whatever Java type the driver chose for them. */
final class Rows {

    private Rows() {
    }

    static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static Long longValue(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    static boolean bool(Object value) {
        return value != null && (Boolean) value;
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Instant i ? i : value instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) value).toInstant();
    }

    /** Lower-case hexadecimal, as checksums are usually shown. */
    static String hex(Object value) {
        if (value == null) {
            return null;
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : (byte[]) value) {
            hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return hex.toString();
    }

    static UUID[] uuids(java.util.Collection<UUID> ids) {
        return new HashSet<>(ids).toArray(UUID[]::new);
    }

    /** Rows grouped by their first column (a UUID), each group in row order, mapped by {@code item}. */
    static <T> Map<UUID, List<T>> grouped(List<Object[]> rows, Function<Object[], T> item) {
        Map<UUID, List<T>> groups = new LinkedHashMap<>();
        for (Object[] row : rows) {
            groups.computeIfAbsent(uuid(row[0]), k -> new ArrayList<>()).add(item.apply(row));
        }
        return groups;
    }
}
