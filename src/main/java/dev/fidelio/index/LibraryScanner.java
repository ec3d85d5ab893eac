package dev.fidelio.index;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.fidelio.boot.FidelioConfig;
import dev.fidelio.boot.NodeName;
import dev.fidelio.index.FolderWalker.FoundFile;
import dev.fidelio.index.FolderWalker.Listing;
import dev.fidelio.index.probe.FileProbe;
import dev.fidelio.index.probe.ProbedFile;
import dev.fidelio.index.probe.UnreadableFileException;
import dev.fidelio.index.rules.TagMapper;
import dev.fidelio.library.KnownFile;
import dev.fidelio.library.LibraryStore;
import dev.fidelio.library.LibraryStoreException;
import dev.fidelio.library.MusicFolder;
import dev.fidelio.library.StoredFile;
import dev.fidelio.library.TrackRecord;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Scans the music folders into the library, in phases: list each folder, read new and changed files in parallel,
 * recognize moved files by their audio, store in batches, remove what is really gone, drop what nothing uses.
 * One scan runs at a time, on one server: of the servers sharing the database, the one holding the {@link ScannerLock}
 * runs the scans any of them asked for, in turn; another takes over when it stops. A folder that is offline or
 * suddenly empty keeps its tracks.
 */
@ApplicationScoped
public class LibraryScanner {

    private static final Logger LOG = Logger.getLogger(LibraryScanner.class);
    /** Files read and stored together: one transaction, and the unit of progress reports. */
    private static final int BATCH = 256;
    /**
     * How often a server that does not scan tries to become the one that does, and the one that does, while idle,
     * looks for scans asked for on the others (one asked for on itself starts at once).
     */
    static final Duration TURN = Duration.ofSeconds(2);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final FidelioConfig config;
    private final MusicFolders folders;
    private final LibraryStore store;
    private final ProblemLog problems;
    private final ScanRuns runs;
    private final ScanMonitor monitor;
    private final TagRulesProvider rules;
    private final ScannerLock lock;
    private final Event<ScannerRole> roles;
    private final String node;
    private final FileProbe probe = new FileProbe();
    private final ExecutorService loop = Executors.newSingleThreadExecutor(r -> daemon(r, "fidelio-scan"));
    private final ExecutorService readers;
    /** Released when a scan is asked for on this server, so that it need not wait for the next turn. */
    private final Semaphore asked = new Semaphore(0);
    private volatile boolean scansHere;
    private volatile boolean stopping;

    LibraryScanner(FidelioConfig config, MusicFolders folders, LibraryStore store, ProblemLog problems, ScanRuns runs,
            ScanMonitor monitor, TagRulesProvider rules, ScannerLock lock, Event<ScannerRole> roles, NodeName node) {
        this.config = config;
        this.folders = folders;
        this.store = store;
        this.problems = problems;
        this.runs = runs;
        this.monitor = monitor;
        this.rules = rules;
        this.lock = lock;
        this.roles = roles;
        this.node = node.value();
        int threads = config.scan().threads() > 0 ? config.scan().threads() : Runtime.getRuntime().availableProcessors();
        this.readers = Executors.newFixedThreadPool(threads, r -> daemon(r, "fidelio-scan-reader"));
    }

    /** After {@link MusicFolders} has checked the folders at start-up: observers with a higher priority value run later. */
    void onStart(@Observes @Priority(MusicFolders.STARTUP_PRIORITY + 1) StartupEvent event) {
        // Settled before start-up ends, so that a server on its own has asked for its first scan once it answers.
        settleRole();
        loop.submit(this::work);
    }

    /**
     * Asks for a scan of the music folders and returns the id of the scan that will do it (see
     * {@link ScanMonitor#status(long)}): a new one, which the scanning server starts when the one before it is done,
     * or one already waiting that will do the same.
     */
    public long start(ScanKind kind) {
        return start(kind, null);
    }

    /**
     * A scan of these folders only, for the folder watcher, which knows which ones changed; the other music folders
     * stay as they are. Null: of all of them, those configured on the server that runs it.
     */
    synchronized long start(ScanKind kind, List<Path> musicDirs) {
        Optional<Long> waiting = runs.waitingCovering(kind, musicDirs);
        if (waiting.isPresent()) {
            return waiting.get();
        }
        ScanStatus asked = ScanStatus.of(runs.queue(kind, musicDirs == null ? null : List.copyOf(musicDirs)));
        monitor.queued(asked);
        this.asked.release();
        return asked.runId();
    }

    /** The scan running now on any server, else the one waiting longest; empty when no scan is left to do. */
    public Optional<Long> current() {
        return runs.unfinished();
    }

    /** Whether this server is the one that scans. */
    boolean scansHere() {
        return scansHere;
    }

    /** Until the server stops: take over scanning when it is free, and while this server scans, run what waits. */
    private void work() {
        while (!stopping) {
            boolean ran = false;
            try {
                ran = settleRole() && runNext();
            } catch (RuntimeException e) {
                LOG.warnf(e, "Scanning is paused until the next try: %s", e.getMessage());
            }
            if (!ran) {
                awaitTurn();
            }
        }
    }

    /** Whether this server scans; on taking over, what the server before it left unfinished is asked for again. */
    private boolean settleRole() {
        boolean here = lock.hold();
        if (here && !scansHere) {
            runs.takeOver();
            scansHere = true;
            LOG.infof("This server (%s) scans the music folders now.", node);
            if (config.scan().onStart()) {
                // Whatever changed while no server watched the folders.
                start(ScanKind.QUICK);
            }
            roles.fire(ScannerRole.TAKEN);
        } else if (!here && scansHere) {
            scansHere = false;
            LOG.warnf("This server (%s) no longer scans the music folders.", node);
            roles.fire(ScannerRole.LOST);
        }
        return here;
    }

    private boolean runNext() {
        Optional<ScanProgress> next = runs.startNext(node);
        next.ifPresent(progress -> {
            monitor.started(progress);
            scan(progress);
            roles.fire(ScannerRole.SCANNED);
        });
        return next.isPresent();
    }

    private void awaitTurn() {
        try {
            asked.tryAcquire(TURN.toMillis(), TimeUnit.MILLISECONDS);
            asked.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    /**
     * Ends the scan that runs at its next batch (it is asked for again, for whichever server scans next), then lets
     * another server scan.
     */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        asked.release();
        loop.shutdown();
        try {
            if (!loop.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("The scan did not stop in time; it is asked for again when a server next takes over scanning.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        readers.shutdownNow();
        lock.release();
    }

    /** Why a scan stops before its end, and whether this server asks for it again. */
    private static final class ScanHalted extends RuntimeException {
        private final boolean askAgain;

        ScanHalted(String message, boolean askAgain) {
            super(message, null, false, false);
            this.askAgain = askAgain;
        }
    }

    /** Between batches: a scan stops when its server stops, or when this server no longer holds the right to scan. */
    private void checkpoint() {
        if (stopping) {
            throw new ScanHalted("The server stopped during this scan", true);
        }
        if (!lock.hold()) {
            throw new ScanHalted("This server lost its hold on scanning during this scan", false);
        }
    }

    private void scan(ScanProgress progress) {
        String error = null;
        ScanHalted halted = null;
        long started = System.nanoTime();
        try {
            TagMapper mapper = rules.mapper();
            List<MusicFolder> toScan = progress.musicDirs == null ? folders.reconcile(config.musicDirs())
                    : folders.check(progress.musicDirs);
            for (MusicFolder folder : toScan) {
                if (progress.kind == ScanKind.RULES) {
                    // Needs no file, so an offline folder's tracks are brought up to date as well.
                    applyRulesAgain(folder, mapper, progress);
                } else if (folder.status == MusicFolder.Status.online) {
                    scanFolder(progress.kind, folder, mapper, progress);
                }
            }
            checkpoint();
            report(progress, ScanPhase.CLEANING_UP, null);
            store.deleteOrphans();
            if (progress.outdatesStatistics()) {
                store.analyze();
            }
        } catch (ScanHalted e) {
            halted = e;
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.error("The scan failed: " + error, e);
        } finally {
            progress.end(halted != null ? halted.getMessage() : error);
            try {
                if (halted == null) {
                    runs.save(progress);
                }
            } finally {
                monitor.ended(progress);
            }
        }
        if (halted != null) {
            LOG.warnf("Scan %d stopped: %s.", progress.runId, halted.getMessage());
            if (halted.askAgain) {
                runs.askAgain(progress.runId, halted.getMessage());
            }
            return;
        }
        LOG.infof("Scan %d (%s) done in %.1f s: %d files, %d read, %d added, %d updated, %d moved, %d removed, %d problems",
                progress.runId, progress.kind.id(), (System.nanoTime() - started) / 1e9, progress.filesSeen, progress.filesDone,
                progress.added, progress.updated, progress.moved, progress.removed, progress.problems);
    }

    /** Into the scan's row and to whoever follows it. */
    private void report(ScanProgress progress, ScanPhase phase, String folder) {
        progress.enter(phase, folder);
        report(progress);
    }

    private void report(ScanProgress progress) {
        if (!runs.save(progress)) {
            throw new ScanHalted("Another server took over scanning and ended this scan", false);
        }
        monitor.update(progress);
    }

    private void scanFolder(ScanKind kind, MusicFolder folder, TagMapper mapper, ScanProgress progress) {
        Path root = Path.of(folder.path);
        report(progress, ScanPhase.LISTING, folder.path);
        Listing listing;
        try {
            listing = new FolderWalker().walk(root);
        } catch (IOException e) {
            problems.record(folder.id, folder.path, ProblemLog.UNREADABLE_FOLDER, "cannot list: " + e.getMessage());
            return;
        }
        Map<String, KnownFile> known = store.knownFiles(folder.id);
        Set<String> broken = new HashSet<>();
        for (FolderWalker.Unreadable u : listing.unreadable()) {
            String path = root.resolve(u.relativePath()).toString();
            problems.record(folder.id, path, ProblemLog.UNREADABLE_FOLDER, u.reason());
            broken.add(path);
            progress.problems++;
        }
        if (listing.files().isEmpty() && !known.isEmpty()) {
            // An unmounted disk leaves an empty mount point: never take that for the deletion of a whole library.
            String message = "Music folder " + folder.path + " has no audio files any more; its " + known.size()
                    + " tracks are kept until it has files again.";
            LOG.warn(message);
            problems.record(folder.id, folder.path, MusicFolders.PROBLEM_FOLDER_OFFLINE, message);
            return;
        }
        Gone gone = new Gone(known, listing);
        List<FoundFile> toRead = listing.files().stream()
                .filter(f -> kind == ScanKind.FULL || changed(known.get(f.relativePath()), f))
                .toList();
        progress.filesSeen += listing.files().size();
        report(progress, ScanPhase.READING, folder.path);
        Map<String, Optional<FolderImage>> covers = new ConcurrentHashMap<>();
        TrackRecordBuilder builder = new TrackRecordBuilder(rules.rules());
        // Reading the next batch overlaps storing this one: the readers and the database each keep a core busy.
        List<CompletableFuture<Outcome>> next = readBatch(root, folder.id, toRead, 0, listing, covers, mapper, builder);
        for (int from = 0; from < toRead.size(); from += BATCH) {
            checkpoint();
            List<CompletableFuture<Outcome>> reads = next;
            next = readBatch(root, folder.id, toRead, from + BATCH, listing, covers, mapper, builder);
            List<TrackRecord> records = new ArrayList<>();
            for (CompletableFuture<Outcome> read : reads) {
                Outcome outcome = read.join();
                progress.filesDone++;
                monitor.update(progress);
                if (outcome.record != null) {
                    recordOrMove(outcome.record, known, gone, progress);
                    records.add(outcome.record);
                } else if (outcome.problem != null) {
                    String path = root.resolve(outcome.relativePath).toString();
                    problems.record(folder.id, path, ProblemLog.UNREADABLE_FILE, outcome.problem);
                    broken.add(path);
                    progress.problems++;
                }
            }
            checkpoint();
            saveIsolatingFailures(folder, root, records, broken, progress);
            report(progress);
        }
        checkpoint();
        progress.removed += store.delete(gone.ids());
        problems.resolveAllExcept(folder.id, broken);
    }

    private void applyRulesAgain(MusicFolder folder, TagMapper mapper, ScanProgress progress) {
        report(progress, ScanPhase.APPLYING_RULES, folder.path);
        TrackRecordBuilder builder = new TrackRecordBuilder(rules.rules());
        String after = "";
        List<StoredFile> stored;
        do {
            checkpoint();
            stored = store.storedFiles(folder.id, after, BATCH);
            List<TrackRecord> records = new ArrayList<>(stored.size());
            for (StoredFile file : stored) {
                ProbedFile probed = StoredFiles.asProbed(file);
                TrackRecordBuilder.Context context = new TrackRecordBuilder.Context(folder.id, file.relativePath(), file.fileSize(),
                        file.modified(), file.contentKey(), null, null);
                records.add(builder.build(context, probed, mapper.map(probed.tags())));
                after = file.relativePath();
            }
            progress.filesSeen += stored.size();
            progress.filesDone += stored.size();
            progress.updated += records.size();
            if (!records.isEmpty()) {
                store.save(folder.id, records);
            }
            report(progress);
        } while (stored.size() == BATCH);
    }

    private void recordOrMove(TrackRecord record, Map<String, KnownFile> known, Gone gone, ScanProgress progress) {
        if (known.containsKey(record.relativePath())) {
            progress.updated++;
            return;
        }
        KnownFile moved = gone.claim(record.contentKey());
        if (moved != null) {
            store.move(moved.trackId(), record.relativePath());
            progress.moved++;
        } else {
            progress.added++;
        }
    }

    /** A batch is stored whole; if the database refuses it, each track is tried alone so one bad file costs only itself. */
    private void saveIsolatingFailures(MusicFolder folder, Path root, List<TrackRecord> records, Set<String> broken,
            ScanProgress progress) {
        if (records.isEmpty()) {
            return;
        }
        try {
            store.save(folder.id, records);
        } catch (LibraryStoreException e) {
            for (TrackRecord record : records) {
                try {
                    store.save(folder.id, List.of(record));
                } catch (LibraryStoreException single) {
                    String path = root.resolve(record.relativePath()).toString();
                    problems.record(folder.id, path, ProblemLog.UNREADABLE_FILE, "cannot be stored: " + single.getMessage());
                    broken.add(path);
                    progress.problems++;
                }
            }
        }
    }

    private record Outcome(String relativePath, TrackRecord record, String problem) {
    }

    private List<CompletableFuture<Outcome>> readBatch(Path root, long folderId, List<FoundFile> files, int from, Listing listing,
            Map<String, Optional<FolderImage>> covers, TagMapper mapper, TrackRecordBuilder builder) {
        if (from >= files.size()) {
            return List.of();
        }
        return files.subList(from, Math.min(from + BATCH, files.size())).stream()
                .map(f -> CompletableFuture.supplyAsync(() -> read(root, folderId, f, listing, covers, mapper, builder), readers))
                .toList();
    }

    private Outcome read(Path root, long folderId, FoundFile found, Listing listing, Map<String, Optional<FolderImage>> covers,
            TagMapper mapper, TrackRecordBuilder builder) {
        Path file = root.resolve(found.relativePath());
        if (stopping) {
            // Its scan ends at the next batch and is done again: reading on would only delay the stop.
            return new Outcome(found.relativePath(), null, null);
        }
        try {
            ProbedFile probed = probe.probe(file);
            String coverPath = coverFor(found.relativePath(), listing);
            FolderImage cover = coverPath == null ? null
                    : covers.computeIfAbsent(coverPath, p -> Optional.ofNullable(FolderImage.describe(root.resolve(p)))).orElse(null);
            TrackRecordBuilder.Context context = new TrackRecordBuilder.Context(folderId, found.relativePath(), found.size(),
                    found.modified(), ContentKey.of(file, probed.audio(), found.size()), cover == null ? null : coverPath, cover);
            return new Outcome(found.relativePath(), builder.build(context, probed, mapper.map(probed.tags())), null);
        } catch (UnreadableFileException e) {
            return new Outcome(found.relativePath(), null, e.getMessage());
        } catch (NoSuchFileException e) {
            // Deleted while the scan ran: the next scan removes it, nothing to report.
            return new Outcome(found.relativePath(), null, null);
        } catch (IOException e) {
            return new Outcome(found.relativePath(), null, "cannot read: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug or a pathological file costs that file, never the scan.
            LOG.warnf(e, "Unexpected failure reading %s", file);
            return new Outcome(found.relativePath(), null, "could not be indexed: " + e);
        }
    }

    /** The folder image of the track's own folder, else of the album folder above a disc folder. */
    private static String coverFor(String relativePath, Listing listing) {
        String own = listing.covers().get(FolderWalker.parent(relativePath));
        return own != null ? own : listing.covers().get(TrackRecordBuilder.albumDirectory(relativePath));
    }

    private static boolean changed(KnownFile known, FoundFile found) {
        return known == null || known.fileSize() != found.size() || known.modified() == null
                || known.modified().toEpochMilli() != found.modified().toEpochMilli();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Known files that were not found again, unless they lie where the walk could not look. */
    private static final class Gone {
        private final Map<String, KnownFile> byPath = new HashMap<>();
        private final Map<String, KnownFile> byContent = new HashMap<>();

        Gone(Map<String, KnownFile> known, Listing listing) {
            Set<String> present = new HashSet<>();
            listing.files().forEach(f -> present.add(f.relativePath()));
            known.forEach((path, file) -> {
                if (!present.contains(path) && !listing.mayHide(path)) {
                    byPath.put(path, file);
                    if (file.contentKey() != null) {
                        byContent.putIfAbsent(HexFormat.of().formatHex(file.contentKey()), file);
                    }
                }
            });
        }

        KnownFile claim(byte[] contentKey) {
            KnownFile file = contentKey == null ? null : byContent.remove(HexFormat.of().formatHex(contentKey));
            if (file != null) {
                byPath.remove(file.relativePath());
            }
            return file;
        }

        List<java.util.UUID> ids() {
            return byPath.values().stream().map(KnownFile::trackId).toList();
        }
    }
}
