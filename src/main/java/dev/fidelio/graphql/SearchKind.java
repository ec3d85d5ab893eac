package dev.fidelio.graphql;

import dev.fidelio.library.ItemKind;

/** What a search looks for. */
public enum SearchKind {
    ARTIST(ItemKind.artist), ALBUM(ItemKind.album), WORK(ItemKind.work), TRACK(ItemKind.track);

    private final ItemKind kind;

    SearchKind(ItemKind kind) {
        this.kind = kind;
    }

    ItemKind itemKind() {
        return kind;
    }
}
