package dev.fidelio.library;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A release: the tracks of one edition of an album, across all its discs. */
@Entity
@Table(name = "album")
public class Album extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "group_key", nullable = false)
    public String groupKey;

    @Column(nullable = false)
    public String title;

    @Column(name = "title_sort", nullable = false)
    public String titleSort;

    /** The album artist as the tags spell it ("Various Artists" for compilations). */
    @Column(name = "artist_display", nullable = false)
    public String artistDisplay;

    @ManyToMany
    @JoinTable(name = "album_artist", joinColumns = @JoinColumn(name = "album_id"), inverseJoinColumns = @JoinColumn(name = "artist_id"))
    @OrderColumn(name = "position")
    public List<Artist> artists;

    public boolean compilation;

    @Column(name = "mb_release_id")
    public String mbReleaseId;

    @Column(name = "mb_release_group_id")
    public String mbReleaseGroupId;

    @Column(name = "release_date")
    public String releaseDate;

    @Column(name = "original_date")
    public String originalDate;

    public Integer year;

    public String label;

    @Column(name = "catalog_number")
    public String catalogNumber;

    @Column(name = "release_type")
    public String releaseType;

    @Column(name = "disc_total")
    public Integer discTotal;

    /** A folder image, relative to the music folder, when the album has one. */
    @Column(name = "cover_path")
    public String coverPath;

    /** Else the track whose embedded front cover stands for the album. */
    @Column(name = "cover_track_id")
    public UUID coverTrackId;

    @Column(name = "cover_mime")
    public String coverMime;

    @Column(name = "cover_width")
    public Integer coverWidth;

    @Column(name = "cover_height")
    public Integer coverHeight;

    @Column(name = "cover_bytes")
    public Long coverBytes;
}
