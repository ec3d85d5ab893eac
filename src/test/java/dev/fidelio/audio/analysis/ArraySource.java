package dev.fidelio.audio.analysis;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import java.util.List;

/**
 * Interleaved samples held in memory as a {@link PcmSource}: delivers at most {@code chunkFrames} a read (to exercise
 * callers' buffering), announces a length that may be hidden like a stream's or even wrong (to exercise callers that
 * trust it), and records whether it was closed.
 */
public final class ArraySource implements PcmSource {

    private final PcmFormat format;
    private final int[] samples;
    private final int chunkFrames;
    private final long announcedFrames;
    private int position;
    private boolean closed;

    private ArraySource(PcmFormat format, int[] samples, int chunkFrames, long announcedFrames) {
        this.format = format;
        this.samples = samples;
        this.chunkFrames = chunkFrames;
        this.announcedFrames = announcedFrames;
    }

    /** Announces its true length, or −1 when not {@code lengthKnown}. */
    public ArraySource(PcmFormat format, int[] samples, int chunkFrames, boolean lengthKnown) {
        this(format, samples, chunkFrames, lengthKnown ? samples.length / format.channels() : -1);
    }

    public ArraySource(PcmFormat format, int[] samples) {
        this(format, samples, 1000, true);
    }

    /** Announces {@code announcedFrames} (which may differ from the truth, or be −1) as its length. */
    public static ArraySource announcing(PcmFormat format, int[] samples, int chunkFrames, long announcedFrames) {
        return new ArraySource(format, samples, chunkFrames, announcedFrames);
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
        int frames = Math.min(Math.min(maxFrames, chunkFrames), samples.length / channels - position);
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
        closed = true;
    }

    public boolean closed() {
        return closed;
    }
}
