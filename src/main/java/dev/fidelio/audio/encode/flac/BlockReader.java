package dev.fidelio.audio.encode.flac;

import dev.fidelio.audio.PcmSource;
import java.io.IOException;

/** Gathers whole blocks from a source that may deliver fewer frames per read than asked for. */
final class BlockReader {

    private final PcmSource source;
    private final int channels;
    private final int blockSize;
    private final int[] scratch;
    private boolean ended;

    BlockReader(PcmSource source, int blockSize) {
        this.source = source;
        this.channels = source.format().channels();
        this.blockSize = blockSize;
        this.scratch = new int[blockSize * channels];
    }

    /** Fills {@code block} with up to a block of interleaved frames; fewer only at the end, 0 after it. */
    int fill(int[] block) throws IOException {
        int frames = 0;
        while (frames < blockSize && !ended) {
            int read = source.read(frames == 0 ? block : scratch, blockSize - frames);
            if (read < 0) {
                ended = true;
            } else {
                if (frames > 0) {
                    System.arraycopy(scratch, 0, block, frames * channels, read * channels);
                }
                frames += read;
            }
        }
        return frames;
    }
}
