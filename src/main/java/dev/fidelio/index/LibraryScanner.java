package dev.fidelio.index;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.fidelio.boot.FidelioConfig;
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
import io.quarkus.runtime.StartupEvent;

/**
 * Scans the music folders into the library, in phases: list each folder, read new and changed files in parallel,
 * recognize moved files by their audio, store in batches, remove what is really gone, drop what nothing uses.
 * One scan runs at a time. A folder that is offline or suddenly empty keeps its tracks.
 */
@ApplicationScoped
public class LibraryScanner {

    private static final Logger LOG = Logger.getLogger(LibraryScanner.class);
    /** Files read and stored together: one transaction, and the unit of progress reports. */
    private static final int BATCH = 256;

    private final FidelioConfig config;
    private final MusicFolders folders;
    private final LibraryStore store;
    private final ProblemLog problems;
    private final ScanRuns runs;
    private final ScanMonitor monitor;
    private final TagRulesProvider rules;
    private final FileProbe probe = new FileProbe();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> daemon(r, "fidelio-scan"));
    private final ExecutorService readers;
    private final AtomicLong running = new AtomicLong(-1);
    /** Scans asked for while another ran, to run in turn; guarded by this. */
    private final Deque<Queued> queue = new ArrayDeque<>();

    /** A scan asked for; no {@code musicDirs} means every music folder. */
    private record Queued(long id, ScanKind kind, List<Path> musicDirs) {
        /** Whether this scan, not yet started, does all that one of {@code asked} would. */
        boolean covers(ScanKind asked, List<Path> dirs) {
            return (musicDirs.isEmpty() || musicDirs.equals(dirs))
                    && (kind == asked || kind == ScanKind.FULL && asked == ScanKind.QUICK);
        }
    }

    LibraryScanner(FidelioConfig config, MusicFolders folders, LibraryStore store, ProblemLog problems, ScanRuns runs,
            ScanMonitor monitor, TagRulesProvider rules) {
        this.config = config;
        this.folders = folders;
        this.store = store;
        this.problems = problems;
        this.runs = runs;
        this.monitor = monitor;
        this.rules = rules;
        int threads = config.scan().threads() > 0 ? config.scan().threads() : Runtime.getRuntime().availableProcessors();
        this.readers = Executors.newFixedThreadPool(threads, r -> daemon(r, "fidelio-scan-reader"));
    }

    /** After {@link MusicFolders} has checked the folders at start-up: observers with a higher priority value run later. */
    void onStart(@Observes @Priority(MusicFolders.STARTUP_PRIORITY + 1) StartupEvent event) {
        runs.endAbandoned();
        if (config.scan().onStart()) {
            start(ScanKind.QUICK);
        }
    }

    /**
     * Asks for a scan of the music folders and returns the id of the scan that will do it (see
     * {@link ScanMonitor#status(long)}): a new one, started at once or queued behind the one that runs, or one
     * already waiting that will do the same.
     */
    public long start(ScanKind kind) {
        return start(kind, List.of());
    }

    /**
     * A scan of these folders only (none: all of them); for the folder watcher, which knows which ones changed. The
     * other music folders stay as they are.
     */
    synchronized long start(ScanKind kind, List<Path> musicDirs) {
        // A scan that waits has not listed its folders yet, so it also sees what changed since it was asked for.
        for (Queued waiting : queue) {
            if (waiting.covers(kind, musicDirs)) {
                return waiting.id();
            }
        }
        ScanStatus asked = ScanStatus.of(runs.queue(kind));
        queue.add(new Queued(asked.runId(), kind, List.copyOf(musicDirs)));
        monitor.queued(asked);
        if (running.get() < 0) {
            startNext();
        }
        return asked.runId();
    }

    private synchronized void startNext() {
        Queued next = runner.isShutdown() ? null : queue.poll();
        running.set(next == null ? -1 : next.id());
        if (next != null) {
            runner.submit(() -> run(next));
        }
    }

    /** The id of the scan that runs now. */
    public Optional<Long> current() {
        long id = running.get();
        return id < 0 ? Optional.empty() : Optional.of(id);
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
        readers.shutdownNow();
        synchronized (this) {
            runs.cancel(queue.stream().map(Queued::id).toList());
            queue.clear();
        }
        try {
            runner.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(Queued scan) {
        try {
            ScanProgress progress = runs.begin(scan.id());
            monitor.started(progress);
            scan(scan, progress);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Scan %d could not be recorded", scan.id());
        } finally {
            startNext();
        }
    }

    private void scan(Queued scan, ScanProgress progress) {
        String error = null;
        long started = System.nanoTime();
        try {
            TagMapper mapper = rules.mapper();
            List<MusicFolder> toScan = scan.musicDirs().isEmpty() ? folders.reconcile(config.musicDirs())
                    : folders.check(scan.musicDirs());
            for (MusicFolder folder : toScan) {
                if (scan.kind() == ScanKind.RULES) {
                    // Needs no file, so an offline folder's tracks are brought up to date as well.
                    applyRulesAgain(folder, mapper, progress);
                } else if (folder.status == MusicFolder.Status.online) {
                    scanFolder(scan.kind(), folder, mapper, progress);
                }
            }
            report(progress, ScanPhase.CLEANING_UP, null);
            store.deleteOrphans();
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.error("The scan failed: " + error, e);
        } finally {
            progress.end(error);
            try {
                runs.save(progress);
            } finally {
                monitor.ended(progress);
            }
        }
        LOG.infof("Scan %d (%s) done in %.1f s: %d files, %d read, %d added, %d updated, %d moved, %d removed, %d problems",
                scan.id(), scan.kind().id(), (System.nanoTime() - started) / 1e9, progress.filesSeen, progress.filesDone,
                progress.added, progress.updated, progress.moved, progress.removed, progress.problems);
    }

    /** Into the scan's row and to whoever follows it. */
    private void report(ScanProgress progress, ScanPhase phase, String folder) {
        progress.enter(phase, folder);
        report(progress);
    }

    private void report(ScanProgress progress) {
        runs.save(progress);
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
            saveIsolatingFailures(folder, root, records, broken, progress);
            report(progress);
        }
        progress.removed += store.delete(gone.ids());
        problems.resolveAllExcept(folder.id, broken);
    }

    private void applyRulesAgain(MusicFolder folder, TagMapper mapper, ScanProgress progress) {
        report(progress, ScanPhase.APPLYING_RULES, folder.path);
        TrackRecordBuilder builder = new TrackRecordBuilder(rules.rules());
        String after = "";
        List<StoredFile> stored;
        do {
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
