package dev.fidelio.upnp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import dev.fidelio.library.AudioFormat;
import dev.fidelio.library.TrackItem;
import dev.fidelio.stream.ConversionLength;
import dev.fidelio.stream.ConversionRequest;
import dev.fidelio.stream.DlnaHeaders;
import dev.fidelio.stream.MediaUrls;
import dev.fidelio.stream.OutputFormat;

/**
 * The resources offered for a track, best first: the original, bit-perfect, when the device takes it; then
 * conversions the streaming engine makes — FLAC at a lower rate or depth (24/96 for a finer source, 16-bit CD
 * resolution), WAV with an exact length, and L16 at 44.1 or 48 kHz (the DLNA LPCM profile every renderer must play).
 * A device's profile caps rate, depth and channels, and may hide the original.
 */
final class TrackResources {

    /** DSD is decoded to this rate before any conversion. */
    private static final int DSD_PCM_RATE = 176_400;
    private static final int MAX_PCM_BITS = 24;

    private final MediaUrls urls;

    TrackResources(MediaUrls urls) {
        this.urls = urls;
    }

    List<Resource> of(TrackItem track, RendererProfile profile, String base) {
        TrackItem.Audio audio = track.audio();
        AudioFormat format = AudioFormat.fromId(audio.format());
        boolean dsd = audio.dsdRate() != null && audio.dsdRate() > 0;
        String duration = duration(audio.durationSeconds());
        List<Resource> resources = new ArrayList<>();
        boolean originalFits = profile.takes(dsd ? DSD_PCM_RATE : audio.sampleRate(), audio.bitsPerSample(), audio.channels());
        if (!profile.hideOriginal() && originalFits) {
            resources.add(new Resource(base + urls.stream(track.id()), protocolInfo(profile.mimeType(format.mimeType()), DlnaHeaders.original(format)),
                    track.fileSize(), duration, originalBitrate(track), audio.sampleRate(), dsd ? Integer.valueOf(1) : audio.bitsPerSample(),
                    audio.channels()));
        }
        if (!audio.lossless() || audio.sampleRate() == null || audio.channels() == null) {
            return resources;
        }
        int rate = dsd ? DSD_PCM_RATE : audio.sampleRate();
        int bits = dsd || audio.bitsPerSample() == null || audio.bitsPerSample() > 16 ? MAX_PCM_BITS : 16;
        int channels = profile.maxChannels() == null ? audio.channels() : Math.min(audio.channels(), profile.maxChannels());
        int base441 = rate % 11_025 == 0 ? 44_100 : 48_000;
        int cappedRate = capRate(rate, base441, profile.maxSampleRate());
        int cappedBits = profile.maxBitDepth() == null || profile.maxBitDepth() >= bits ? bits : 16;
        List<Conversion> conversions = new ArrayList<>();
        if (!originalFits || dsd) {
            conversions.add(new Conversion(OutputFormat.FLAC, cappedRate, cappedBits));
        }
        if (rate > 2 * base441) {
            conversions.add(new Conversion(OutputFormat.FLAC, 2 * base441, cappedBits));
        }
        if (rate > base441 || bits > 16) {
            conversions.add(new Conversion(OutputFormat.FLAC, base441, 16));
        }
        conversions.add(new Conversion(OutputFormat.WAV, cappedRate, cappedBits));
        conversions.add(new Conversion(OutputFormat.L16, base441, 16));
        for (Conversion c : conversions.stream().distinct().toList()) {
            if (profile.takes(c.rate, c.bits, channels)) {
                resources.add(conversion(track, c, channels, rate, audio, profile, duration, base));
            }
        }
        return resources;
    }

    private Resource conversion(TrackItem track, Conversion c, int channels, int sourceRate, TrackItem.Audio audio, RendererProfile profile,
            String duration, String base) {
        ConversionRequest request = new ConversionRequest(c.format, c.rate == sourceRate ? null : c.rate, c.bits,
                channels == audio.channels() ? null : channels, 0, null, false);
        String mime = switch (c.format) {
            case FLAC -> profile.mimeType("audio/flac");
            case WAV -> profile.mimeType("audio/wav");
            case L16, L24 -> "audio/L" + c.bits + ";rate=" + c.rate + ";channels=" + channels;
        };
        boolean lpcm = c.format == OutputFormat.L16 && (c.rate == 44_100 || c.rate == 48_000) && channels <= 2;
        OptionalLong size = ConversionLength.of(audio, c.format, c.rate, c.bits, channels);
        Long bitrate = c.format == OutputFormat.FLAC ? null : (long) c.rate * channels * (c.bits / 8);
        return new Resource(base + urls.stream(track.id(), request), protocolInfo(mime, (lpcm ? "DLNA.ORG_PN=LPCM;" : "")
                + DlnaHeaders.conversion(false)), size.isPresent() ? size.getAsLong() : null, duration, bitrate, c.rate, c.bits, channels);
    }

    /** The highest rate of the source's family (44.1 or 48 kHz multiples) within the source and the device's limit. */
    private static int capRate(int rate, int family, Integer max) {
        if (max == null || rate <= max) {
            return rate;
        }
        int capped = family;
        while (capped * 2 <= max && capped * 2 <= rate) {
            capped *= 2;
        }
        return capped;
    }

    private static String protocolInfo(String mimeType, String features) {
        return "http-get:*:" + mimeType + ":" + features;
    }

    private static Long originalBitrate(TrackItem track) {
        Double seconds = track.audio().durationSeconds();
        if (seconds != null && seconds > 0) {
            return Math.round(track.fileSize() / seconds);
        }
        return track.audio().bitrateKbps() == null ? null : track.audio().bitrateKbps() * 1000L / 8;
    }

    /** H:MM:SS.mmm, as UPnP writes durations. */
    static String duration(Double seconds) {
        if (seconds == null || seconds < 0 || seconds.isNaN() || seconds.isInfinite()) {
            return null;
        }
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000);
    }

    private record Conversion(OutputFormat format, int rate, int bits) {
    }
}
