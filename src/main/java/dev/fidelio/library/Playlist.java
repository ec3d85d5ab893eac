package dev.fidelio.library;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A user's list of tracks; its entries live in {@code playlist_entry} and are read through {@link Playlists}. */
@Entity
@Table(name = "playlist")
public class Playlist extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Column(nullable = false)
    public String name;

    public String comment;

    @Column(name = "public", nullable = false)
    public boolean isPublic;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false, insertable = false)
    public OffsetDateTime updatedAt;
}
