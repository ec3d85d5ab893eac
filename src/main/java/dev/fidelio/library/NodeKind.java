package dev.fidelio.library;

/** The kinds of item that have a UUID; ids are unique across kinds, so an id alone names one item. */
public enum NodeKind {
    ARTIST, ALBUM, TRACK, WORK, FOLDER, PLAYLIST;

    /** The kind as listeners annotate it, or null for folders and playlists, which cannot be starred or rated. */
    public ItemKind annotated() {
        return switch (this) {
            case ARTIST -> ItemKind.artist;
            case ALBUM -> ItemKind.album;
            case TRACK -> ItemKind.track;
            case WORK -> ItemKind.work;
            case FOLDER, PLAYLIST -> null;
        };
    }
}
