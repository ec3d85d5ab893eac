package dev.fidelio.library;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A configured root folder of music. Never deleted while it has tracks: an offline disk keeps its library. */
@Entity
@Table(name = "music_folder")
public class MusicFolder extends PanacheEntityBase {

    public enum Status {
        online, missing, unreadable
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String path;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** False once the folder is taken out of the settings; its rows stay until an admin removes them. */
    @Column(nullable = false)
    public boolean configured = true;

    /** Added through the API rather than the settings; such a folder can also be removed through it. */
    @Column(name = "added_by_admin", nullable = false)
    public boolean addedByAdmin;

    @Column(name = "checked_at", nullable = false)
    public OffsetDateTime checkedAt;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
