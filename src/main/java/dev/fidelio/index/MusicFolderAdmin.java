package dev.fidelio.index;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.LibraryStore;
import dev.fidelio.library.MusicFolder;
import dev.fidelio.web.ApiException;

/**
 * An administrator's changes to the music folders, for every API that offers them: a folder, its watching and its
 * scan change together.
 */
@ApplicationScoped
public class MusicFolderAdmin {

    private final MusicFolders folders;
    private final FolderWatcher watcher;
    private final LibraryScanner scanner;
    private final LibraryStore store;

    MusicFolderAdmin(MusicFolders folders, FolderWatcher watcher, LibraryScanner scanner, LibraryStore store) {
        this.folders = folders;
        this.watcher = watcher;
        this.scanner = scanner;
        this.store = store;
    }

    /** Adds a music folder, watches it, and starts the quick scan that indexes it. */
    public MusicFolder add(String path) {
        MusicFolder added = folders.add(path);
        watcher.watchMusicFolders();
        scanner.start(ScanKind.QUICK);
        return added;
    }

    /** Removes a music folder an admin added (or one no longer in the settings) and its tracks; not while a scan runs. */
    public void remove(long id) {
        if (scanner.current().isPresent()) {
            throw ApiException.conflict("A scan is running; remove the folder when it has finished.");
        }
        folders.remove(id, store);
        // A removed folder is no longer watched: its later changes (or its deletion) must not start scans.
        watcher.watchMusicFolders();
    }

    /** Gives a music folder the name listeners see; its path stays. */
    public MusicFolder rename(long id, String name) {
        return folders.rename(id, name);
    }
}
