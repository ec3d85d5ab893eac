package dev.fidelio.audio.encode;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import java.util.List;

/**
 * Interleaved samples from memory, delivered in reads of at most {@code readLimit} frames (to exercise callers that
 * must gather blocks), announcing {@code announcedFrames} (which may differ from the truth, or be −1).
 */
public final class ArraySource implements PcmSource {

    private final PcmFormat format;
    private final int[] samples;
    private final int readLimit;
    private final long announcedFrames;
    private int position;

    public ArraySource(PcmFormat format, int[] samples, int readLimit, long announcedFrames) {
        this.format = format;
        this.samples = samples;
        this.readLimit = readLimit;
        this.announcedFrames = announcedFrames;
    }

    /** Announces its true length and delivers odd-sized reads. */
    public static ArraySource of(PcmFormat format, int[] samples) {
        return new ArraySource(format, samples, 1000, samples.length / format.channels());
    }

    @Override
    public PcmFormat format() {
        return format;
    }

    @Override
    public long remainingFrames() {
        return announcedFrames < 0 ? -1 : Math.max(0, announcedFrames - position);
    }

    @Override
    public int read(int[] buffer, int maxFrames) {
        int channels = format.channels();
        int frames = Math.min(Math.min(maxFrames, readLimit), samples.length / channels - position);
        if (frames <= 0) {
            return -1;
        }
        System.arraycopy(samples, position * channels, buffer, 0, frames * channels);
        position += frames;
        return frames;
    }

    @Override
    public List<String> signalPath() {
        return List.of("test " + format.shortForm());
    }

    @Override
    public void close() {
    }
}
