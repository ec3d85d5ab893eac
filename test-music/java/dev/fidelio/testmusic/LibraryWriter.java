package dev.fidelio.testmusic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes every file the manifest describes into a folder: tracks, folder images, then the broken files. */
final class LibraryWriter {

    private LibraryWriter() {
    }

    static void write(Manifest manifest, Path root) throws IOException {
        try {
            // Each file is a pure function of its manifest entry, so writing in parallel keeps the output deterministic.
            manifest.albums().parallelStream().forEach(album -> writeAlbum(album, root));
            for (BrokenFile broken : manifest.brokenFiles()) {
                byte[] source = broken.source() == null ? null : Files.readAllBytes(resolve(root, broken.source()));
                writeFile(root, broken.path(), BrokenFileWriter.write(broken, source));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writeAlbum(Album album, Path root) {
        album.folderImages().forEach(image -> writeFile(root, image.file(), CoverArt.render(image).data()));
        EncodedImage cover = album.embeddedCover() == null ? null : CoverArt.render(album.embeddedCover());
        album.tracks().parallelStream().forEach(track -> writeFile(root, track.path(), encode(track, cover)));
    }

    private static byte[] encode(Track track, EncodedImage cover) {
        Pcm pcm = SignalRenderer.render(track);
        return switch (track.format()) {
            case FLAC -> FlacWriter.write(pcm, track.tags(), cover);
            case WAV -> WavWriter.write(pcm, track.tags(), cover);
            case AIFF -> AiffWriter.write(pcm, track.tags(), cover);
        };
    }

    private static void writeFile(Path root, String relativePath, byte[] bytes) {
        try {
            Path file = resolve(root, relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a mistyped manifest path (absolute, or with "..") from writing outside the library. */
    private static Path resolve(Path root, String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("Manifest path escapes the library: " + relativePath);
        }
        return file;
    }
}
