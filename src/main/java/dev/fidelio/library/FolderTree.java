package dev.fidelio.library;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The library as its file tree: each music folder's root, and what a folder holds. */
@ApplicationScoped
public class FolderTree {

    /** What one folder holds: its subfolders by name, its tracks by file name. */
    public record Listing(Folder folder, List<Folder> subfolders, List<Track> tracks) {
    }

    /** One root per music folder that has audio, in the music folders' order. */
    @Transactional
    public List<Folder> roots() {
        return Folder.<Folder>find("FROM Folder f JOIN FETCH f.musicFolder m WHERE f.parent IS NULL ORDER BY m.name, m.id").list();
    }

    @Transactional
    public Optional<Listing> list(UUID folderId) {
        return Folder.<Folder>find("FROM Folder f JOIN FETCH f.musicFolder WHERE f.id = ?1", folderId).firstResultOptional()
                .map(folder -> new Listing(folder,
                        Folder.<Folder>find("parent = ?1 ORDER BY lower(name), name", folder).list(),
                        Track.<Track>find("directory = ?1 ORDER BY relativePath", folder).list()));
    }
}
