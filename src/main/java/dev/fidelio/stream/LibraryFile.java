package dev.fidelio.stream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;

/**
 * A regular file inside a music folder, as it is on disk now. Paths come from the index, relative to their music
 * folder; one that would lead outside it (through "..") is treated as missing.
 */
record LibraryFile(Path path, long size, Instant modified) {

    static Optional<LibraryFile> find(Path musicFolder, String relativePath) {
        Path root = musicFolder.toAbsolutePath().normalize();
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root)) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile()
                    ? Optional.of(new LibraryFile(file, attributes.size(), attributes.lastModifiedTime().toInstant()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
