package dev.fidelio.library;

/** Paths inside a music folder, always with '/' between names; '' is the music folder itself. */
final class FolderPaths {

    private FolderPaths() {
    }

    static String parentOf(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }

    static String nameOf(String relativePath) {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }
}
