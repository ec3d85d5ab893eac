package dev.fidelio.testmusic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes the sample music library described by {@code test-music/manifest.json}. Nothing it writes is committed:
 * the manifest and this code are the source, the audio is rebuilt on demand and checked for staleness by a stamp file.
 */
public final class SampleLibraryGenerator {

    /** Bump whenever the bytes written for an unchanged manifest change, so existing libraries get rebuilt. */
    public static final int VERSION = 2;
    /** Written last into a finished library; holds the generator version and the manifest hash. */
    public static final String STAMP_FILE = ".fidelio-sample-library";
    /** System property naming the shared library folder (set by the Maven build for tests). */
    public static final String LOCATION_PROPERTY = "test.sample-music";
    private static final Path DEFAULT_LOCATION = Path.of("target", "sample-music");

    private SampleLibraryGenerator() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("Usage: SampleLibraryGenerator <output folder>");
            System.exit(2);
        }
        long start = System.nanoTime();
        Path dir = ensure(Path.of(args[0]));
        System.out.printf("Sample library ready in %s (%d ms)%n", dir.toAbsolutePath(), (System.nanoTime() - start) / 1_000_000);
    }

    /** {@link #ensure(Path)} on the folder named by {@value #LOCATION_PROPERTY}, or {@code target/sample-music}. */
    public static Path ensureDefault() {
        String location = System.getProperty(LOCATION_PROPERTY);
        return ensure(location == null ? DEFAULT_LOCATION : Path.of(location));
    }

    /**
     * Generates the library into {@code dir} unless it already holds this manifest's library from this generator
     * version. Safe to call from several threads and JVMs at once: a lock file next to {@code dir} serialises them,
     * and the library is built in a sibling folder and renamed into place, so {@code dir} is never half-written.
     * Refuses to replace a non-empty folder that has no stamp file (it is not a generated library).
     */
    @SuppressWarnings("try") // the lock is held by the try block, never used
    public static Path ensure(Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        byte[] manifestBytes = Manifest.readBytes();
        String stamp = stamp(manifestBytes);
        // FileChannel locks exclude other JVMs; threads of this JVM would get OverlappingFileLockException instead.
        synchronized (SampleLibraryGenerator.class) {
            try {
                Files.createDirectories(target.getParent());
                Path lockFile = target.resolveSibling(target.getFileName() + ".lock");
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock lock = channel.lock()) {
                    if (!stamp.equals(readStamp(target))) {
                        if (Files.exists(target) && !isGeneratedOrEmpty(target)) {
                            throw new IllegalStateException("Refusing to replace " + target + ": it is not a generated sample library");
                        }
                        replace(target, build(Manifest.parse(manifestBytes), stamp, target));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot generate the sample library in " + target, e);
            }
        }
        return dir;
    }

    private static String stamp(byte[] manifestBytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(manifestBytes);
            return "generator-version=" + VERSION + "\nmanifest-sha256=" + HexFormat.of().formatHex(hash) + "\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JRE has SHA-256", e);
        }
    }

    private static String readStamp(Path dir) throws IOException {
        Path stampFile = dir.resolve(STAMP_FILE);
        return Files.isRegularFile(stampFile) ? Files.readString(stampFile, StandardCharsets.UTF_8) : null;
    }

    private static Path build(Manifest manifest, String stamp, Path target) throws IOException {
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
        if (Files.getFileStore(staging).supportsFileAttributeView(PosixFileAttributeView.class)) {
            // Temporary folders are private (rwx------); the library is meant to be read by a server running as anyone.
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        try {
            LibraryWriter.write(manifest, staging);
            Files.writeString(staging.resolve(STAMP_FILE), stamp, StandardCharsets.UTF_8);
            return staging;
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    private static void replace(Path target, Path built) throws IOException {
        if (Files.exists(target)) {
            Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } else {
            Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static boolean isGeneratedOrEmpty(Path dir) throws IOException {
        if (Files.exists(dir.resolve(STAMP_FILE))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
