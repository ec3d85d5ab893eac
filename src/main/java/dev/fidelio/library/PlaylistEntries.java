package dev.fidelio.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A playlist's entries while one user edits it. The user names entries by their position among those they see;
 * entries they do not see (a track that is away, or in a library closed to them) keep their place among the others.
 */
final class PlaylistEntries {

    record Entry(UUID trackId, boolean visible) {
    }

    private final List<Entry> entries;

    PlaylistEntries(List<Entry> entries) {
        this.entries = new ArrayList<>(entries);
    }

    int size() {
        return entries.size();
    }

    int visibleCount() {
        return (int) entries.stream().filter(Entry::visible).count();
    }

    /**
     * Inserts before the entry the user sees at {@code at}; at the end of the whole list when {@code at} is the
     * number of entries the user sees.
     */
    void insert(int at, List<UUID> trackIds) {
        int visible = visibleCount();
        if (at < 0 || at > visible) {
            throw new IllegalArgumentException("A position to insert at is 0 to " + visible + ", not " + at);
        }
        int index = at == visible ? entries.size() : indexOfVisible(at);
        entries.addAll(index, trackIds.stream().map(id -> new Entry(id, true)).toList());
    }

    /** Removes the entries at these positions, as the user saw them before; a position named twice counts once. */
    void remove(Collection<Integer> positions) {
        Set<Integer> doomed = new HashSet<>(positions);
        int visible = visibleCount();
        doomed.forEach(position -> checkPosition(position, visible));
        List<Entry> kept = new ArrayList<>(entries.size());
        int position = 0;
        for (Entry entry : entries) {
            if (!entry.visible() || !doomed.contains(position++)) {
                kept.add(entry);
            }
        }
        entries.clear();
        entries.addAll(kept);
    }

    /** Moves the entry at {@code from} so that it is at {@code to} afterwards (positions among those the user sees). */
    void move(int from, int to) {
        int visible = visibleCount();
        checkPosition(from, visible);
        checkPosition(to, visible);
        Entry moved = entries.remove(indexOfVisible(from));
        int rest = visibleCount();
        entries.add(to == rest ? entries.size() : indexOfVisible(to), moved);
    }

    /** The entries the user sees become {@code trackIds}; those they do not see stay, after them. */
    void replaceVisible(List<UUID> trackIds) {
        List<Entry> hidden = entries.stream().filter(e -> !e.visible()).toList();
        entries.clear();
        entries.addAll(trackIds.stream().map(id -> new Entry(id, true)).toList());
        entries.addAll(hidden);
    }

    List<UUID> trackIds() {
        return entries.stream().map(Entry::trackId).toList();
    }

    /** What the user sees, in order. */
    List<UUID> visibleTrackIds() {
        return entries.stream().filter(Entry::visible).map(Entry::trackId).toList();
    }

    private static void checkPosition(int position, int visible) {
        if (position < 0 || position >= visible) {
            throw new IllegalArgumentException(visible == 0 ? "The playlist has no tracks; there is no position " + position
                    : "A position in this playlist is 0 to " + (visible - 1) + ", not " + position);
        }
    }

    private int indexOfVisible(int position) {
        int seen = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).visible() && seen++ == position) {
                return i;
            }
        }
        throw new IllegalStateException("No visible entry " + position);
    }
}
