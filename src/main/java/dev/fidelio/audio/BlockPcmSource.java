package dev.fidelio.audio;

import java.io.IOException;

/**
 * A decoder whose format comes in blocks (packets, frames, runs of blocks) that cannot be cut: it decodes one block
 * at a time and hands its frames out over as many reads as the caller needs, decoding the next once they are gone.
 */
public abstract class BlockPcmSource extends PositionedPcmSource {

    private int[] block = new int[0];
    private int next;
    private int end;

    protected BlockPcmSource(PcmFormat format, long totalFrames, long startFrame) {
        super(format, totalFrames, startFrame);
    }

    @Override
    protected final int readFrames(int[] buffer, int maxFrames) throws IOException {
        while (next == end) {
            if (!decodeNextBlock()) {
                return -1;
            }
        }
        int frames = Math.min(maxFrames, end - next);
        int channels = format().channels();
        System.arraycopy(block, next * channels, buffer, 0, frames * channels);
        next += frames;
        return frames;
    }

    /**
     * Decodes the next block and {@link #offer offers} the frames of it that belong to the stream (a block may start
     * before the start frame or run past the end).
     *
     * @return false at the end of the stream
     */
    protected abstract boolean decodeNextBlock() throws IOException;

    /**
     * Makes frames {@code from} (inclusive) to {@code to} (exclusive) of {@code interleaved}, the block just decoded,
     * the next to read. The array is read in place, so it must not change until the next block is decoded.
     */
    protected final void offer(int[] interleaved, int from, int to) {
        block = interleaved;
        next = from;
        end = to;
    }
}
