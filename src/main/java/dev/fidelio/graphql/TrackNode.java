package dev.fidelio.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.TrackItem;

@Type("Track")
@Description("One audio file of the library, with every canonical field its tags gave")
public class TrackNode implements Node {

    @Type("AudioProperties")
    @Description("The audio as the file holds it")
    public record Audio(@NonNull String format, String codec, boolean lossless, Integer sampleRate, Integer bitDepth, Integer channels,
            @Description("Per channel") Long totalSamples, Double durationSeconds, Integer bitrateKbps,
            @Description("DSD files: the 1-bit rate (2822400 for DSD64)") Integer dsdRate,
            @Description("MD5 of the decoded samples as the file states it (FLAC), hexadecimal") String md5) {
    }

    @Type("ReplayGain")
    @Description("As tagged: gains in dB, peaks as fractions of full scale")
    public record ReplayGain(Double trackGain, Double trackPeak, Double albumGain, Double albumPeak) {
    }

    private final TrackItem item;

    TrackNode(TrackItem item) {
        this.item = item;
    }

    @Ignore
    public TrackItem item() {
        return item;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return item.id().toString();
    }

    public String getTitle() {
        return item.title();
    }

    public String getSortTitle() {
        return item.titleSort();
    }

    public Integer getDiscNumber() {
        return item.discNumber();
    }

    public Integer getDiscTotal() {
        return item.discTotal();
    }

    public String getDiscSubtitle() {
        return item.discSubtitle();
    }

    public Integer getTrackNumber() {
        return item.trackNumber();
    }

    public Integer getTrackTotal() {
        return item.trackTotal();
    }

    public String getRecordingDate() {
        return item.recordingDate();
    }

    public String getReleaseDate() {
        return item.releaseDate();
    }

    public String getOriginalDate() {
        return item.originalDate();
    }

    public Integer getYear() {
        return item.year();
    }

    public String getLabel() {
        return item.label();
    }

    public String getCatalogNumber() {
        return item.catalogNumber();
    }

    public String getReleaseType() {
        return item.releaseType();
    }

    public boolean isCompilation() {
        return item.compilation();
    }

    public String getMusicBrainzTrackId() {
        return item.mbTrackId();
    }

    public String getMusicBrainzRecordingId() {
        return item.mbRecordingId();
    }

    public String getIsrc() {
        return item.isrc();
    }

    public String getLyrics() {
        return item.lyrics();
    }

    public Integer getMovementNumber() {
        return item.movementNumber();
    }

    public String getMovementName() {
        return item.movementName();
    }

    public Integer getMovementTotal() {
        return item.movementTotal();
    }

    @Description("The file inside its library, with '/' between names")
    public @NonNull String getPath() {
        return item.relativePath();
    }

    public long getFileSize() {
        return item.fileSize();
    }

    public Instant getFileModified() {
        return item.fileModified();
    }

    @Description("When the track first entered the library")
    public Instant getAddedAt() {
        return item.addedAt();
    }

    public Double getDurationSeconds() {
        return item.audio().durationSeconds();
    }

    public @NonNull Audio getAudio() {
        TrackItem.Audio a = item.audio();
        return new Audio(a.format(), a.codec(), a.lossless(), a.sampleRate(), a.bitsPerSample(), a.channels(), a.totalSamples(),
                a.durationSeconds(), a.bitrateKbps(), a.dsdRate(), a.md5());
    }

    public ReplayGain getReplayGain() {
        TrackItem.ReplayGain g = item.replayGain();
        return g == null ? null : new ReplayGain(g.trackGain(), g.trackPeak(), g.albumGain(), g.albumPeak());
    }
}
