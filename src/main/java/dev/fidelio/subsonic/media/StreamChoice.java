package dev.fidelio.subsonic.media;

import java.util.Locale;
import java.util.Set;

import dev.fidelio.library.AudioFormat;
import dev.fidelio.library.TrackItem;
import dev.fidelio.stream.ConversionRequest;
import dev.fidelio.stream.OutputFormat;
import dev.fidelio.subsonic.ErrorCode;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicRequest;

/**
 * What Subsonic's {@code stream} asks for, in the streaming engine's terms: the original file (null) or a
 * conversion. The original, bit-perfect, unless {@code format}, {@code maxBitRate} or {@code timeOffset} need a
 * change; {@code format=raw} is always the original.
 *
 * <p>Fidelio has no lossy encoder: no pure-Java MP3 or Opus encoder is a maintained library (the Java ports of LAME
 * and libopus are old snapshots that nobody keeps up), and a native one would end the server's promise of running
 * anywhere Java runs. So a lossy {@code format} (mp3, opus, aac, …) is refused with a message saying what is
 * offered, unless the file already is that format. A {@code maxBitRate} below what the original needs is met as far
 * as lossless audio can: FLAC at 16 bits, 44.1 or 48 kHz (the rate family of the source) and at most two channels,
 * which is a third to a sixth of a hi-res original; when even that is more than the limit, that is still what is sent,
 * as Subsonic only asks the server to attempt the limit.
 */
final class StreamChoice {

    /** Formats a Subsonic client may name that only a lossy encoder could make. */
    private static final Set<String> LOSSY = Set.of("mp3", "opus", "ogg", "oga", "vorbis", "aac", "m4a", "mp4", "wma", "webm");
    private static final String RAW = "raw";
    private static final int SMALLEST_BITS = 16;
    private static final int CD_RATE = 44_100;
    private static final int DVD_RATE = 48_000;

    private StreamChoice() {
    }

    /**
     * @param format        Subsonic's {@code format}, or null
     * @param maxBitRateKbps 0 for no limit
     * @param offsetSeconds where to start, 0 for the beginning
     */
    static ConversionRequest of(TrackItem track, String format, long maxBitRateKbps, double offsetSeconds) {
        String asked = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (asked.equals(RAW)) {
            return null;
        }
        TrackItem.Audio audio = track.audio();
        OutputFormat container = container(asked, track);
        Integer rate = null;
        Integer bits = null;
        Integer channels = null;
        if (maxBitRateKbps > 0 && audio.lossless() && (audio.bitrateKbps() == null || audio.bitrateKbps() > maxBitRateKbps)) {
            boolean dsd = AudioFormat.fromId(audio.format()) == AudioFormat.DSF || AudioFormat.fromId(audio.format()) == AudioFormat.DFF;
            bits = dsd || audio.bitsPerSample() == null || audio.bitsPerSample() > SMALLEST_BITS ? SMALLEST_BITS : null;
            rate = dsd || audio.sampleRate() == null ? Integer.valueOf(CD_RATE) : smallerRate(audio.sampleRate());
            channels = audio.channels() != null && audio.channels() > 2 ? 2 : null;
        }
        if (container == null && rate == null && bits == null && channels == null && offsetSeconds == 0) {
            return null;
        }
        return new ConversionRequest(container == null ? OutputFormat.FLAC : container, rate, bits, channels, offsetSeconds, null,
                false);
    }

    /** The container asked for, or null for the original's own (nothing asked, or the file's format named). */
    private static OutputFormat container(String asked, TrackItem track) {
        String own = track.audio().format();
        String extension = track.relativePath().substring(track.relativePath().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (asked.isEmpty() || asked.equals(own) || asked.equals(extension)) {
            return null;
        }
        if (asked.equals("flac") || asked.equals("wav")) {
            return OutputFormat.valueOf(asked.toUpperCase(Locale.ROOT));
        }
        if (LOSSY.contains(asked)) {
            throw new SubsonicException(ErrorCode.GENERIC, "Fidelio has no " + asked + " encoder: it "
                    + "streams the original (format=raw) or lossless FLAC or WAV (format=flac, format=wav), converted to "
                    + "the rate and depth a maxBitRate needs.");
        }
        throw SubsonicException.invalid("format", "must be raw, flac or wav, not '" + SubsonicRequest.shortened(asked) + "'.");
    }

    /** 44.1 kHz for rates of its family (88.2, 176.4, …), 48 kHz for the others; never higher than the source. */
    private static Integer smallerRate(int rate) {
        int target = rate % CD_RATE == 0 ? CD_RATE : DVD_RATE;
        return rate > target ? target : null;
    }
}
