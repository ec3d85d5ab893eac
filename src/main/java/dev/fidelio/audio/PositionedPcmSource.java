package dev.fidelio.audio;

import java.io.IOException;

/**
 * The bookkeeping every decoder repeats: its format, the frame it has reached and the stream's length, so that
 * {@link #remainingFrames} and the end of the stream are answered in one place. A subclass only produces frames, in
 * {@link #readFrames}, which is never asked for more than are left.
 */
public abstract class PositionedPcmSource implements PcmSource {

    private final PcmFormat format;
    private final long totalFrames;
    private long position;

    /**
     * @param totalFrames frames in the whole stream, or −1 when it cannot be known before the end is reached
     * @param startFrame  the frame the first read delivers
     * @throws IllegalArgumentException when {@code startFrame} is outside 0…{@code totalFrames}
     */
    protected PositionedPcmSource(PcmFormat format, long totalFrames, long startFrame) {
        if (startFrame < 0 || totalFrames >= 0 && startFrame > totalFrames) {
            throw new IllegalArgumentException("Start frame " + startFrame + " is outside 0…" + totalFrames);
        }
        this.format = format;
        this.totalFrames = totalFrames;
        this.position = startFrame;
    }

    @Override
    public final PcmFormat format() {
        return format;
    }

    @Override
    public final long remainingFrames() {
        return totalFrames < 0 ? -1 : totalFrames - position;
    }

    @Override
    public final int read(int[] buffer, int maxFrames) throws IOException {
        long remaining = remainingFrames();
        if (remaining == 0) {
            return -1;
        }
        int frames = readFrames(buffer, remaining < 0 ? maxFrames : (int) Math.min(maxFrames, remaining));
        if (frames > 0) {
            position += frames;
        }
        return frames;
    }

    /**
     * Reads up to {@code maxFrames} interleaved frames from {@link #position} into {@code buffer} from index 0;
     * {@code maxFrames} never exceeds the frames left when the length is known.
     *
     * @return the number of frames read (at least 1), or −1 when the stream ends before its known length, if any
     */
    protected abstract int readFrames(int[] buffer, int maxFrames) throws IOException;

    /** The number of the frame the next read delivers, counted from the start of the stream. */
    protected final long position() {
        return position;
    }

    /** Frames in the whole stream, or −1 when unknown. */
    protected final long totalFrames() {
        return totalFrames;
    }
}
