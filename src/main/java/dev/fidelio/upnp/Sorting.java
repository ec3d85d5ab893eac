package dev.fidelio.upnp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.fidelio.library.Sort;
import dev.fidelio.library.SortKey;
import dev.fidelio.library.TrackItem;

/**
 * A SortCriteria ({@code +dc:title,-dc:date}). Long listings are sorted by the database on their first criterion
 * that the kind has; short ones (an album's tracks) in memory on all of them. Properties that cannot be sorted on are
 * ignored, as UPnP allows, instead of failing the request.
 */
record Sorting(List<Criterion> criteria) {

    static final String CAPABILITIES = "dc:title,dc:date,upnp:originalTrackNumber";
    static final Sorting NONE = new Sorting(List.of());

    record Criterion(String property, boolean descending) {
    }

    static Sorting parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<Criterion> criteria = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            boolean descending = p.startsWith("-");
            String property = p.startsWith("-") || p.startsWith("+") ? p.substring(1).strip() : p;
            criteria.add(new Criterion(property.toLowerCase(Locale.ROOT), descending));
        }
        return new Sorting(List.copyOf(criteria));
    }

    /** The order of a database listing: the first criterion the kind can be sorted by, else {@code fallback}. */
    Sort sort(Sort fallback, boolean hasYear) {
        for (Criterion c : criteria) {
            if (c.property.equals("dc:title")) {
                return new Sort(SortKey.NAME, c.descending);
            }
            if (c.property.equals("dc:date") && hasYear) {
                return new Sort(SortKey.YEAR, c.descending);
            }
        }
        return fallback;
    }

    /** Tracks in this order, or as they are when no criterion applies to tracks. */
    List<TrackItem> tracks(List<TrackItem> tracks) {
        Comparator<TrackItem> order = null;
        for (Criterion c : criteria) {
            Comparator<TrackItem> next = switch (c.property) {
                case "dc:title" -> Comparator.comparing((TrackItem t) -> t.title() == null ? "" : t.title().toLowerCase(Locale.ROOT));
                case "dc:date" -> Comparator.comparing((TrackItem t) -> t.year() == null ? 0 : t.year());
                case "upnp:originaltracknumber" -> Comparator.comparing((TrackItem t) -> t.discNumber() == null ? 1 : t.discNumber())
                        .thenComparing(t -> t.trackNumber() == null ? Integer.MAX_VALUE : t.trackNumber());
                default -> null;
            };
            if (next != null) {
                next = c.descending ? next.reversed() : next;
                order = order == null ? next : order.thenComparing(next);
            }
        }
        return order == null ? tracks : tracks.stream().sorted(order).toList();
    }
}
