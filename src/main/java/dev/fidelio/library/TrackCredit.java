package dev.fidelio.library;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One artist's part on one track: "artist", "composer", "conductor", "ensemble", "performer" (with instrument)… */
@Entity
@Table(name = "track_credit")
public class TrackCredit extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "track_id") UUID trackId, String role, Integer position) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @ManyToOne(fetch = FetchType.LAZY)
    @MapsId("trackId")
    @JoinColumn(name = "track_id")
    public Track track;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "artist_id")
    public Artist artist;

    public String instrument;
}
