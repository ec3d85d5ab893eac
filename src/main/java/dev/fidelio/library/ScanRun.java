package dev.fidelio.library;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A scan of the music folders: waiting, its progress while it runs, its outcome after. */
@Entity
@Table(name = "scan_run")
public class ScanRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String phase;

    /** When it was asked for; it may wait behind another scan. */
    @Column(name = "queued_at", nullable = false, updatable = false)
    public OffsetDateTime queuedAt;

    /** Null while it waits. */
    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "files_seen")
    public int filesSeen;

    @Column(name = "files_done")
    public int filesDone;

    public int added;
    public int updated;
    public int moved;
    public int removed;
    public int problems;
    public String error;

    /** The music folders it covers; null: those configured on the server that runs it. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "music_dirs")
    public String[] musicDirs;

    /** The server that ran it (see {@code boot.NodeName}); null while it waits. */
    public String node;
}
