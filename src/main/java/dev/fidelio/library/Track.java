package dev.fidelio.library;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One audio file of the library. Its id is the track's id in every API, and survives rescans and moves. */
@Entity
@Table(name = "track")
public class Track extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "music_folder_id")
    public MusicFolder folder;

    @Column(name = "relative_path", nullable = false)
    public String relativePath;

    /** The directory holding the file, in the library's folder tree. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "folder_id")
    public Folder directory;

    @Column(name = "file_size", nullable = false)
    public long fileSize;

    @Column(name = "file_modified")
    public OffsetDateTime fileModified;

    public String format;
    public String codec;
    public boolean lossless;

    @Column(name = "sample_rate")
    public Integer sampleRate;

    @Column(name = "bits_per_sample")
    public Integer bitsPerSample;

    public Integer channels;

    @Column(name = "total_samples")
    public Long totalSamples;

    @Column(name = "duration_seconds")
    public Double durationSeconds;

    @Column(name = "bitrate_kbps")
    public Integer bitrateKbps;

    @Column(name = "dsd_rate")
    public Integer dsdRate;

    @Column(name = "audio_md5")
    public byte[] audioMd5;

    /** Every tag as read from the file, so that changed tag rules can be applied again without reading files. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "raw_tags", nullable = false)
    public Map<String, List<String>> rawTags = new LinkedHashMap<>();

    public String title;

    @Column(name = "title_sort")
    public String titleSort;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "album_id")
    public Album album;

    @Column(name = "disc_number")
    public Integer discNumber;

    @Column(name = "disc_total")
    public Integer discTotal;

    @Column(name = "disc_subtitle")
    public String discSubtitle;

    @Column(name = "track_number")
    public Integer trackNumber;

    @Column(name = "track_total")
    public Integer trackTotal;

    @Column(name = "recording_date")
    public String recordingDate;

    public Integer year;

    /** ReplayGain in dB and peaks as fractions of full scale, as tagged; null when the file has none. */
    @Column(name = "rg_track_gain")
    public Double rgTrackGain;

    @Column(name = "rg_track_peak")
    public Double rgTrackPeak;

    @Column(name = "rg_album_gain")
    public Double rgAlbumGain;

    @Column(name = "rg_album_peak")
    public Double rgAlbumPeak;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_id")
    public Work work;

    @Column(name = "movement_number")
    public Integer movementNumber;

    @Column(name = "movement_name")
    public String movementName;

    @OneToMany(mappedBy = "track")
    @OrderBy("key.role, key.position")
    public List<TrackCredit> credits;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
