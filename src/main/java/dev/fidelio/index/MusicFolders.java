package dev.fidelio.index;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.fidelio.boot.FidelioConfig;
import dev.fidelio.library.KnownFile;
import dev.fidelio.library.LibraryProblem;
import dev.fidelio.library.LibraryStore;
import dev.fidelio.library.MusicFolder;
import dev.fidelio.web.ApiException;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the music_folder table in line with the configured folders and records which are reachable. A folder
 * that cannot be read is reported and kept with all its tracks: an unmounted disk must never empty a library.
 */
@ApplicationScoped
public class MusicFolders {

    static final String PROBLEM_FOLDER_OFFLINE = "folder-offline";
    static final int MAX_NAME = 200;
    private static final Logger LOG = Logger.getLogger(MusicFolders.class);

    static final int STARTUP_PRIORITY = jakarta.interceptor.Interceptor.Priority.APPLICATION + 500;

    private final ProblemLog problems;

    MusicFolders(ProblemLog problems) {
        this.problems = problems;
    }

    /** Checked at every start, so the log and the problem list say at once when a disk is not mounted. */
    void onStart(@Observes @jakarta.annotation.Priority(STARTUP_PRIORITY) StartupEvent event, FidelioConfig config) {
        reconcile(config.musicDirs());
    }

    /**
     * Brings the table in line with the folders from the settings plus those an admin added, checks each, and
     * returns them. A folder dropped from the settings keeps its tracks until an admin removes it.
     */
    @Transactional
    public List<MusicFolder> reconcile(List<Path> fromSettings) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Set<String> paths = fromSettings.stream().map(Path::toString).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        for (MusicFolder folder : MusicFolder.<MusicFolder>list("configured = true order by path")) {
            if (folder.addedByAdmin) {
                paths.add(folder.path);
            } else if (!paths.contains(folder.path)) {
                folder.configured = false;
                LOG.infof("Music folder %s is no longer configured; its tracks are kept until an admin removes it.", folder.path);
            }
        }
        return paths.stream().map(path -> check(Path.of(path), now)).toList();
    }

    /** Adds a folder at run time. It must be a folder this server can see, and must not overlap another one. */
    @Transactional
    public MusicFolder add(String requested) {
        if (requested == null || requested.isBlank() || !Path.of(requested).isAbsolute()) {
            throw ApiException.badRequest("Give the music folder as an absolute path.");
        }
        Path path = Path.of(requested).normalize();
        if (!Files.isDirectory(path)) {
            throw ApiException.badRequest(path + " is not a folder this server can see.");
        }
        for (MusicFolder other : configuredFolders()) {
            Path otherPath = Path.of(other.path);
            if (path.startsWith(otherPath) || otherPath.startsWith(path)) {
                throw ApiException.conflict(path + " overlaps the music folder " + other.path + "; its files would be indexed twice.");
            }
        }
        MusicFolder folder = check(path, OffsetDateTime.now(ZoneOffset.UTC));
        folder.addedByAdmin = true;
        return folder;
    }

    /**
     * Removes a folder an admin added, or one taken out of the settings, with its tracks. Folders that the settings
     * name stay: they would only come back at the next start.
     */
    @Transactional
    public void remove(long id, LibraryStore store) {
        MusicFolder folder = find(id);
        if (folder.configured && !folder.addedByAdmin) {
            throw ApiException.conflict(folder.path + " is set in FIDELIO_MUSIC_DIRS; take it out there and restart.");
        }
        store.delete(store.knownFiles(id).values().stream().map(KnownFile::trackId).toList());
        LibraryProblem.delete("folder", folder);
        folder.delete();
        store.deleteOrphans();
        LOG.infof("Music folder %s and its tracks were removed.", folder.path);
    }

    /** A name of 1 to {@value #MAX_NAME} characters without control characters; names need not be unique. */
    @Transactional
    public MusicFolder rename(long id, String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME || stripped.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("A music folder's name has 1 to " + MAX_NAME + " characters and no control characters.");
        }
        MusicFolder folder = find(id);
        folder.name = stripped;
        return folder;
    }

    public List<MusicFolder> configuredFolders() {
        return MusicFolder.list("configured = true order by path");
    }

    private static MusicFolder find(long id) {
        return MusicFolder.<MusicFolder>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("No music folder with id " + id + "."));
    }

    private MusicFolder check(Path path, OffsetDateTime now) {
        MusicFolder folder = MusicFolder.<MusicFolder>find("path", path.toString()).firstResultOptional().orElseGet(() -> {
            MusicFolder created = new MusicFolder();
            created.path = path.toString();
            created.name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
            return created;
        });
        folder.configured = true;
        folder.status = probe(path);
        folder.checkedAt = now;
        folder.persist();
        if (folder.status == MusicFolder.Status.online) {
            LibraryProblem.delete("folder = ?1 and kind = ?2", folder, PROBLEM_FOLDER_OFFLINE);
        } else {
            String message = "Music folder " + path + " is " + folder.status
                    + "; its tracks are kept and it is checked again at the next start or scan.";
            LOG.warn(message);
            problems.record(folder.id, folder.path, PROBLEM_FOLDER_OFFLINE, message);
        }
        return folder;
    }

    static MusicFolder.Status probe(Path path) {
        if (!Files.isDirectory(path)) {
            return MusicFolder.Status.missing;
        }
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(path)) {
            listing.iterator().hasNext();
            return MusicFolder.Status.online;
        } catch (IOException | SecurityException e) {
            return MusicFolder.Status.unreadable;
        }
    }
}
