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
 * A composition (Symphony No. 9, Op. 95). Its performances are the albums whose tracks record it, each with its
 * own conductor, ensemble and soloists.
 */
@Entity
@Table(name = "work")
public class Work extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "group_key", nullable = false)
    public String groupKey;

    @Column(nullable = false)
    public String title;

    /** "Op. 95", "BWV 1007", … when known. */
    public String catalogue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "composer_id")
    public Artist composer;

    @Column(name = "mb_work_id")
    public String mbWorkId;
}
