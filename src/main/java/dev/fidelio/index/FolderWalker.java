package dev.fidelio.index;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lists a music folder: the audio files in it (by extension; their content is checked when they are read), the
 * cover image of each directory, and the directories that could not be read, so that nothing under them is taken
 * for deleted.
 */
final class FolderWalker {

    static final Set<String> AUDIO_EXTENSIONS = Set.of(
            "flac", "m4a", "mp4", "alac", "wav", "wave", "aif", "aiff", "aifc", "wv", "dsf", "dff", "mp3", "ogg", "oga", "opus");
    /** Folder images in order of preference. */
    private static final List<String> COVER_NAMES = List.of("cover", "folder", "front", "album");
    private static final List<String> IMAGE_EXTENSIONS = List.of("jpg", "jpeg", "png");
    private static final int MAX_DEPTH = 64;

    record FoundFile(String relativePath, long size, Instant modified) {
    }

    record Unreadable(String relativePath, String reason) {
    }

    /**
     * @param covers       directory (relative, "" for the root) → its preferred cover image (relative path)
     * @param unreadable   directories and files that could not be listed or read
     */
    record Listing(List<FoundFile> files, Map<String, String> covers, List<Unreadable> unreadable) {

        /** Whether a path could not be checked (it, or a directory above it, was unreadable), and so may still exist. */
        boolean mayHide(String relativePath) {
            return unreadable.stream().map(Unreadable::relativePath).anyMatch(u -> u.isEmpty() || relativePath.equals(u)
                    || relativePath.startsWith(u + "/"));
        }
    }

    Listing walk(Path root) throws IOException {
        List<FoundFile> files = new ArrayList<>();
        Map<String, String> covers = new HashMap<>();
        Map<String, Integer> coverRank = new HashMap<>();
        List<Unreadable> unreadable = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isRegularFile() || isHidden(file)) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = relative(root, file);
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                String extension = extension(name);
                if (AUDIO_EXTENSIONS.contains(extension)) {
                    files.add(new FoundFile(relative, attrs.size(), attrs.lastModifiedTime().toInstant()));
                } else if (IMAGE_EXTENSIONS.contains(extension)) {
                    int rank = COVER_NAMES.indexOf(name.substring(0, name.length() - extension.length() - 1));
                    String dir = parent(relative);
                    if (rank >= 0 && rank < coverRank.getOrDefault(dir, Integer.MAX_VALUE)) {
                        coverRank.put(dir, rank);
                        covers.put(dir, relative);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String reason = e instanceof FileSystemLoopException ? "symbolic link loop" : "cannot read: " + e.getMessage();
                unreadable.add(new Unreadable(relative(root, file), reason));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    unreadable.add(new Unreadable(relative(root, dir), "cannot list: " + e.getMessage()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new Listing(files, covers, unreadable);
    }

    static String parent(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
