package dev.fidelio.library;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A directory of a music folder that holds audio, directly or below. The indexer keeps these in step with the
 * tracks; a music folder's own directory is the root of its tree, with the empty path.
 */
@Entity
@Table(name = "folder")
public class Folder extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "music_folder_id")
    public MusicFolder musicFolder;

    @Column(name = "relative_path", nullable = false)
    public String relativePath;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Folder parent;

    /** The directory's own name; empty for a root, which shows its music folder's name. */
    @Column(nullable = false)
    public String name;

    public String displayName() {
        return relativePath.isEmpty() ? musicFolder.name : name;
    }
}
