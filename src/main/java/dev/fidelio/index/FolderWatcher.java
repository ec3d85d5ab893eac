package dev.fidelio.index;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.fidelio.boot.FidelioConfig;

/**
 * Starts a quick scan when files in the music folders change, once they have been quiet for a moment: copying an
 * album is hundreds of events, and should be one scan. Only the server that scans watches (see {@link ScannerRole});
 * the one that takes over after it begins with a quick scan. Folders the system will not watch (too many directories
 * for the kernel's limit, network shares) still get their files at the next manual or start-up scan.
 */
@ApplicationScoped
public class FolderWatcher {

    private static final Logger LOG = Logger.getLogger(FolderWatcher.class);

    private final LibraryScanner scanner;
    private final MusicFolders folders;
    private final FidelioConfig config;
    private volatile Thread thread;
    private volatile WatchService service;
    /** The folders watched now; empty when none. Guarded by this. */
    private List<Path> watching = List.of();
    /** Whether {@link #watching} are the music folders a scan covers, rather than folders given. Guarded by this. */
    private boolean followsSettings;

    FolderWatcher(LibraryScanner scanner, MusicFolders folders, FidelioConfig config) {
        this.scanner = scanner;
        this.folders = folders;
        this.config = config;
    }

    void onRoleChange(@Observes ScannerRole role) {
        switch (role) {
            case TAKEN -> watchMusicFolders();
            case SCANNED -> followSettings();
            case LOST -> stop();
        }
    }

    /** Brings the watched folders in line with the music folders, unless told to watch others (by a test). */
    private synchronized void followSettings() {
        if (followsSettings) {
            watchMusicFolders();
        }
    }

    /**
     * Watches the music folders a scan covers (those in the settings and those an admin added), when watching is on
     * and this server scans; called when an admin changes them, and after each scan, as that may have been asked for
     * on another server.
     */
    synchronized void watchMusicFolders() {
        if (config.scan().watch() && scanner.scansHere()) {
            List<Path> configured = folders.covered(config.musicDirs());
            if (!configured.equals(watching)) {
                watch(configured, null);
            }
            followsSettings = true;
        } else {
            stop();
        }
    }

    /** Watches these folders from now on, instead of any watched before, and scans them when they change. */
    synchronized void watch(List<Path> folders) {
        watch(folders, folders);
        followsSettings = false;
    }

    /** {@code scanned}: what a change scans; null: the folders configured when it happens. */
    private synchronized void watch(List<Path> folders, List<Path> scanned) {
        stop();
        try {
            WatchService watcher = FileSystems.getDefault().newWatchService();
            folders.forEach(folder -> register(watcher, folder));
            service = watcher;
            watching = List.copyOf(folders);
            Thread t = new Thread(() -> run(watcher, scanned), "fidelio-watch");
            t.setDaemon(true);
            t.start();
            thread = t;
        } catch (IOException e) {
            LOG.warnf("Cannot watch the music folders (%s); new files appear at the next scan.", e.getMessage());
        }
    }

    private void run(WatchService watcher, List<Path> scanned) {
        Duration quiet = config.scan().watchQuietPeriod();
        boolean pending = false;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    registerNewDirectories(watcher, key);
                    pending = true;
                } else if (pending) {
                    pending = false;
                    scanner.start(ScanKind.QUICK, scanned);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Events are drained; a directory that appeared is watched too, with everything already inside it. */
    private static void registerNewDirectories(WatchService watcher, WatchKey key) {
        Path dir = (Path) key.watchable();
        key.pollEvents().forEach(event -> {
            if (event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                register(watcher, dir.resolve(name));
            }
        });
        key.reset();
    }

    private static void register(WatchService watcher, Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warnf("Cannot watch %s (%s); its new files appear at the next scan.", root, e.getMessage());
        }
    }

    @PreDestroy
    synchronized void stop() {
        watching = List.of();
        followsSettings = false;
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                LOG.debug("Closing the watch service failed", e);
            }
            service = null;
        }
    }
}
