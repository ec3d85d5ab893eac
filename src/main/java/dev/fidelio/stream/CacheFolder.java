package dev.fidelio.stream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A folder of cache entries under the data folder with a size limit: when the entries outgrow it, the least recently
 * used go first. An entry is written as a partial file and renamed into place whole, so that a reader never finds
 * half of one, however many requests make the same entry at once.
 */
final class CacheFolder {

    private static final String PARTIAL = ".partial";

    private final Path dir;
    private final long maxBytes;

    CacheFolder(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    /** The name of the entry for what {@code identity} describes: 64 hex digits. */
    static String key(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    Path dir() {
        return dir;
    }

    /** Whether anything is kept at all (a limit of 0 keeps nothing). */
    boolean keeps() {
        return maxBytes > 0;
    }

    /** Entries a stopped server left half-written are of no use. */
    void clearPartials() throws IOException {
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> partials = Files.newDirectoryStream(dir, "*" + PARTIAL)) {
                for (Path partial : partials) {
                    Files.deleteIfExists(partial);
                }
            }
        }
    }

    /** A new, empty partial file for an entry under {@code key}, to {@link #commit} once it is whole. */
    Path newPartial(String key) throws IOException {
        Files.createDirectories(dir);
        return Files.createTempFile(dir, key, PARTIAL);
    }

    /** Puts a whole entry in place of any entry of that name, in one step. */
    void commit(Path partial, Path entry) throws IOException {
        Files.move(partial, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Records a use of an entry, by the modification time of the file that keeps its time of last use. */
    static void markUsed(Path usageMarker) throws IOException {
        Files.setLastModifiedTime(usageMarker, FileTime.from(Instant.now()));
    }

    /**
     * Removes entries, oldest use first, until the files matching {@code entries} fit the limit. Each entry's last use
     * is the modification time of its {@code usageMarker} (the entry itself, or a companion file that goes with it).
     */
    synchronized void trim(String entries, UnaryOperator<Path> usageMarker) throws IOException {
        record Entry(Path file, Path marker, long size, FileTime used) {
        }
        List<Entry> found = new ArrayList<>();
        long total = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, entries)) {
            for (Path file : files) {
                Path marker = usageMarker.apply(file);
                long size = Files.size(file);
                FileTime used = Files.exists(marker) ? Files.getLastModifiedTime(marker) : FileTime.fromMillis(0);
                found.add(new Entry(file, marker, size, used));
                total += size;
            }
        }
        found.sort(Comparator.comparing(Entry::used));
        for (int i = 0; total > maxBytes && i < found.size(); i++) {
            Files.deleteIfExists(found.get(i).marker());
            Files.deleteIfExists(found.get(i).file());
            total -= found.get(i).size();
        }
    }
}
