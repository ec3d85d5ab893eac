package dev.fidelio.audio.resample;

import java.io.IOException;

/** Audio between the stages of a conversion: one double array per channel, so each filter runs over contiguous data. */
interface FrameSupply {

    /**
     * Writes up to {@code maxFrames} frames into {@code channels[c][offset …]}.
     *
     * @return the number of frames written (at least 1), or −1 at the end
     */
    int read(double[][] channels, int offset, int maxFrames) throws IOException;
}
