package dev.fidelio.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Answers for a batch of parents, in the parents' order, from one lookup keyed by an id each parent holds. */
final class Batch {

    private Batch() {
    }

    static <P, V, R> List<R> map(List<P> parents, Function<P, UUID> key, Function<Set<UUID>, Map<UUID, V>> load, Function<V, R> wrap,
            R missing) {
        Set<UUID> keys = new LinkedHashSet<>();
        parents.forEach(p -> {
            UUID k = key.apply(p);
            if (k != null) {
                keys.add(k);
            }
        });
        Map<UUID, V> loaded = keys.isEmpty() ? Map.of() : load.apply(keys);
        List<R> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            UUID k = key.apply(parent);
            V value = k == null ? null : loaded.get(k);
            result.add(value == null ? missing : wrap.apply(value));
        }
        return result;
    }

    /** The same, for lists: each parent's list wrapped item by item, an empty list when there is none. */
    static <P, V, R> List<List<R>> lists(List<P> parents, Function<P, UUID> key, Function<Set<UUID>, Map<UUID, List<V>>> load,
            Function<V, R> wrap) {
        return map(parents, key, load, values -> values.stream().map(wrap).toList(), List.of());
    }

    static <T> List<UUID> ids(Collection<T> items, Function<T, UUID> id) {
        return items.stream().map(id).toList();
    }
}
