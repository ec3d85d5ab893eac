package dev.fidelio.library;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person or group credited on tracks or albums, in any role. */
@Entity
@Table(name = "artist")
public class Artist extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "sort_name", nullable = false)
    public String sortName;

    @Column(name = "name_key", nullable = false)
    public String nameKey;

    public String mbid;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
