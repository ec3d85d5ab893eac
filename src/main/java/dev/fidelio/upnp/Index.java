package dev.fidelio.upnp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The indexes the root can show, by the names the settings use ({@code FIDELIO_UPNP_INDEXES}, in the order
 * wanted). Each name is also the first segment of the object IDs below it.
 */
enum Index {
    ARTISTS("artists", "Artists"),
    ALBUM_ARTISTS("album-artists", "Album Artists"),
    ALBUMS("albums", "Albums"),
    COMPOSERS("composers", "Composers"),
    GENRES("genres", "Genres"),
    CONDUCTORS("conductors", "Conductors"),
    ENSEMBLES("ensembles", "Ensembles"),
    PERFORMERS("performers", "Performers"),
    FOLDERS("folders", "Folders"),
    PLAYLISTS("playlists", "Playlists"),
    HI_RES("hi-res", "Hi-Res"),
    RECENTLY_ADDED("recently-added", "Recently Added");

    final String id;
    final String title;

    Index(String id, String title) {
        this.id = id;
        this.title = title;
    }

    static Optional<Index> byId(String id) {
        return Arrays.stream(values()).filter(i -> i.id.equals(id)).findFirst();
    }

    /** The indexes named in the settings, refusing unknown names with the list of known ones. */
    static List<Index> parse(List<String> names) {
        return names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).filter(n -> !n.isEmpty()).distinct()
                .map(n -> byId(n).orElseThrow(() -> new IllegalArgumentException("FIDELIO_UPNP_INDEXES: unknown index '" + n + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(i -> i.id).toList()))))
                .toList();
    }
}
