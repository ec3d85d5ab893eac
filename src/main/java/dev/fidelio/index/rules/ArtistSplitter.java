package dev.fidelio.index.rules;

import java.util.List;

/**
 * Turns one artist string into the artists it names: "Various" spellings become the canonical name, the rest is
 * split at separators and "featuring" markers. Sort strings ("Hollow Pines, The feat. Solberg, Mira") are split
 * with the markers that contain no comma, since a comma there separates surname and given name.
 */
final class ArtistSplitter {

    private final TextSplitter names;
    private final TextSplitter sortNames;
    private final VariousArtists various;

    ArtistSplitter(List<String> markers, List<String> keepTogether, VariousArtists various) {
        this.names = new TextSplitter(markers, keepTogether);
        this.sortNames = new TextSplitter(markers.stream().filter(m -> m.indexOf(',') < 0).toList(), keepTogether);
        this.various = various;
    }

    List<String> split(String value) {
        return various.isVarious(value) ? List.of(various.canonical()) : names.split(value);
    }

    List<String> splitSortName(String value) {
        return sortNames.split(value);
    }
}
