package dev.fidelio.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.MusicFolders;
import dev.fidelio.index.ScanKind;
import dev.fidelio.index.ScanMonitor;
import dev.fidelio.index.ScanStatus;
import dev.fidelio.testsupport.Eventually;
import dev.fidelio.testsupport.TestFiles;
import dev.fidelio.users.AccountService;
import dev.fidelio.users.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** What tests of listeners' data share: accounts, the indexed sample library, and a second library beside it. */
final class Listeners {

    private Listeners() {
    }

    static long newUser(AccountService accounts, Role role) {
        return accounts.create("listener-" + UUID.randomUUID(), "a long enough password", role).id;
    }

    /**
     * Runs {@code test} with a second administrator, disabled afterwards: other tests count on the administrator
     * from the settings being the only enabled one.
     */
    static void withAnotherAdmin(AccountService accounts, LongConsumer test) {
        long admin = newUser(accounts, Role.ADMIN);
        try {
            test.accept(admin);
        } finally {
            accounts.update(admin, false, Role.USER, null);
        }
    }

    /** The sample library's tracks by path, once no scan runs. */
    static List<UUID> sampleTracks(LibraryScanner scanner) {
        Eventually.until("the sample library indexed", () -> scanner.current().isEmpty());
        return QuarkusTransaction.requiringNew().call(() -> Track.<Track>list("folder.path = ?1 ORDER BY relativePath",
                TestFiles.sampleLibrary().toString()).stream().map(t -> t.id).toList());
    }

    static long sampleLibraryId() {
        return QuarkusTransaction.requiringNew().call(() -> MusicFolder.<MusicFolder>find("path", TestFiles.sampleLibrary().toString())
                .firstResult().id);
    }

    /** A library an admin added, holding a copy of one sample album; {@link #close()} removes it with its tracks. */
    record SecondLibrary(long id, Path path, List<UUID> tracks, MusicFolders folders, LibraryStore store)
            implements AutoCloseable {

        static SecondLibrary add(MusicFolders folders, LibraryScanner scanner, ScanMonitor monitor, LibraryStore store)
                throws IOException {
            Path root = Files.createTempDirectory("fidelio-second-library");
            Path album = Files.createDirectories(root.resolve("Highlife"));
            try (Stream<Path> files = Files.list(TestFiles.sampleLibrary().resolve("Kofi Mensah & The Accra Strings/Highlife Sessions"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, album.resolve(file.getFileName().toString()));
                }
            }
            long id = QuarkusTransaction.requiringNew().call(() -> folders.add(root.toString()).id);
            long scan = scanner.start(ScanKind.QUICK);
            ScanStatus done = Eventually.value("the second library scanned", () -> monitor.status(scan).filter(s -> s.phase().ended()));
            if (done.error() != null) {
                throw new AssertionError("The scan of the second library failed: " + done.error());
            }
            List<UUID> tracks = QuarkusTransaction.requiringNew().call(() -> Track.<Track>list(
                    "folder.id = ?1 ORDER BY relativePath", id).stream().map(t -> t.id).toList());
            return new SecondLibrary(id, root, tracks, folders, store);
        }

        @Override
        public void close() {
            QuarkusTransaction.requiringNew().run(() -> folders.remove(id, store));
            TestFiles.deleteTree(path);
        }
    }
}
