package dev.fidelio.graphql;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** GraphQL ids as the library's ids: UUIDs for items, numbers for libraries, users and scans. */
final class Ids {

    private Ids() {
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("'" + abbreviate(id) + "' is not an id of this server");
        }
    }

    static Set<UUID> uuids(Collection<String> ids) {
        Set<UUID> parsed = new LinkedHashSet<>();
        if (ids != null) {
            ids.forEach(id -> parsed.add(uuid(id)));
        }
        return parsed;
    }

    /** In their order, an id named twice twice: a playlist may hold a track more than once. */
    static List<UUID> uuidList(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(Ids::uuid).toList();
    }

    static Set<Long> libraryIds(List<String> ids) {
        Set<Long> parsed = new LinkedHashSet<>();
        if (ids != null) {
            ids.forEach(id -> parsed.add(number(id, "library")));
        }
        return parsed;
    }

    /** The id of a library, a user or a scan: a number. */
    static long number(String id, String kind) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("'" + abbreviate(id) + "' is not a " + kind + " id");
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
