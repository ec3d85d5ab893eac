package dev.fidelio.audio.resample;

import dev.fidelio.audio.PcmSource;
import java.io.IOException;

/** The source's interleaved integers as one double array per channel; counts the frames it has delivered. */
final class DeinterleavedInput implements FrameSupply {

    private final PcmSource source;
    private final int channels;
    private final int[] interleaved;
    private long framesRead;
    private boolean ended;

    DeinterleavedInput(PcmSource source, int chunkFrames) {
        this.source = source;
        this.channels = source.format().channels();
        this.interleaved = new int[chunkFrames * channels];
    }

    @Override
    public int read(double[][] destination, int offset, int maxFrames) throws IOException {
        if (ended) {
            return -1;
        }
        int frames = source.read(interleaved, Math.min(maxFrames, interleaved.length / channels));
        if (frames < 0) {
            ended = true;
            return -1;
        }
        for (int c = 0; c < channels; c++) {
            double[] channel = destination[c];
            for (int i = 0, j = c; i < frames; i++, j += channels) {
                channel[offset + i] = interleaved[j];
            }
        }
        framesRead += frames;
        return frames;
    }

    boolean ended() {
        return ended;
    }

    long framesRead() {
        return framesRead;
    }
}
