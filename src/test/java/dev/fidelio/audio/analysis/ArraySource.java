package dev.fidelio.audio.analysis;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import java.util.List;

/**
 * Interleaved samples held in memory as a {@link PcmSource}: delivers at most {@code chunkFrames} a read (to exercise
 * callers' buffering), may hide its length like a stream of unknown length, and records whether it was closed.
 */
public final class ArraySource implements PcmSource {

    private final PcmFormat format;
    private final int[] samples;
    private final int chunkFrames;
    private final boolean lengthKnown;
    private int position;
    private boolean closed;

    public ArraySource(PcmFormat format, int[] samples, int chunkFrames, boolean lengthKnown) {
        this.format = format;
        this.samples = samples;
        this.chunkFrames = chunkFrames;
        this.lengthKnown = lengthKnown;
    }

    public ArraySource(PcmFormat format, int[] samples) {
        this(format, samples, 1000, true);
    }

    @Override
    public PcmFormat format() {
        return format;
    }

    @Override
    public long remainingFrames() {
        return lengthKnown ? (samples.length - position) / format.channels() : -1;
    }

    @Override
    public int read(int[] buffer, int maxFrames) {
        int frames = Math.min(Math.min(maxFrames, chunkFrames), (samples.length - position) / format.channels());
        if (frames == 0) {
            return -1;
        }
        System.arraycopy(samples, position, buffer, 0, frames * format.channels());
        position += frames * format.channels();
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
