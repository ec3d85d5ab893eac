package dev.fidelio.graphql;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** GraphQL ids as the library's ids: UUIDs for items, numbers for libraries. */
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

    static Set<Long> libraryIds(List<String> ids) {
        Set<Long> parsed = new LinkedHashSet<>();
        if (ids != null) {
            for (String id : ids) {
                try {
                    parsed.add(Long.parseLong(id.strip()));
                } catch (NumberFormatException | NullPointerException e) {
                    throw new IllegalArgumentException("'" + abbreviate(id) + "' is not a library id");
                }
            }
        }
        return parsed;
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
