package dev.fidelio.audio.encode.flac;

import dev.fidelio.audio.PcmFormat;

/** Encodes blocks of interleaved samples as complete FLAC frames: header, CRC-8, one subframe a channel, CRC-16. */
final class FrameEncoder {

    /** Predictor orders beyond this gain little on music for their cost in time. */
    static final int MAX_LPC_ORDER = 8;

    private final FrameHeader header;
    private final int channels;
    private final int bits;
    private final int[][] planar;
    private final SubframeEncoder subframes;
    private final StereoDecorrelation stereo;

    FrameEncoder(PcmFormat format, int blockSize) {
        header = new FrameHeader(format);
        channels = format.channels();
        bits = format.bitsPerSample();
        planar = new int[channels][blockSize];
        subframes = new SubframeEncoder(blockSize, MAX_LPC_ORDER);
        stereo = channels == 2 && bits < PcmFormat.MAX_BITS ? new StereoDecorrelation(blockSize) : null;
    }

    /** Appends the frame of {@code frames} interleaved frames to {@code out}, which must be on a byte boundary. */
    void encode(int[] interleaved, int frames, long frameNumber, BitWriter out) {
        for (int c = 0; c < channels; c++) {
            int[] channel = planar[c];
            for (int i = 0, at = c; i < frames; i++, at += channels) {
                channel[i] = interleaved[at];
            }
        }
        int assignment = stereo == null ? FrameHeader.INDEPENDENT : stereo.choose(planar[0], planar[1], frames, bits);

        out.flush();
        int start = out.length();
        header.write(out, frameNumber, frames, assignment);
        out.flush();
        out.writeBits(8, FlacCrc.CRC8.of(out.array(), start, out.length()));
        switch (assignment) {
            case FrameHeader.LEFT_SIDE -> {
                subframes.encode(planar[0], frames, bits, out);
                subframes.encode(stereo.side(), frames, bits + 1, out);
            }
            case FrameHeader.RIGHT_SIDE -> {
                subframes.encode(stereo.side(), frames, bits + 1, out);
                subframes.encode(planar[1], frames, bits, out);
            }
            case FrameHeader.MID_SIDE -> {
                subframes.encode(stereo.mid(), frames, bits, out);
                subframes.encode(stereo.side(), frames, bits + 1, out);
            }
            default -> {
                for (int c = 0; c < channels; c++) {
                    subframes.encode(planar[c], frames, bits, out);
                }
            }
        }
        out.alignToByte();
        out.flush();
        out.writeBits(16, FlacCrc.CRC16.of(out.array(), start, out.length()));
    }
}
