package dev.fidelio.audio.encode;

import dev.fidelio.audio.PcmFormat;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The RIFF/WAVE header in front of the sample data. Plain WAVE_FORMAT_PCM where every reader understands it (whole
 * bytes up to 16 bits, mono or stereo); WAVE_FORMAT_EXTENSIBLE otherwise, since only it can say how many bits of the
 * container are valid and which speakers the channels feed.
 */
final class WavHeader {

    /** The size fields' value in a stream whose length is not known while it is written (or exceeds RIFF's 4 GiB). */
    static final long UNKNOWN_SIZE = 0xFFFF_FFFFL;
    private static final int FORMAT_PCM = 0x0001;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;
    private static final int PCM_FMT_LENGTH = 16;
    private static final int EXTENSIBLE_FMT_LENGTH = 40;
    private static final int EXTENSIBLE_EXTRA_LENGTH = 22;
    /** KSDATAFORMAT_SUBTYPE_PCM, 00000001-0000-0010-8000-00aa00389b71, in its on-disk byte order. */
    private static final byte[] SUBTYPE_PCM = {
        0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71};
    /** Speaker masks in the channel orders FLAC and WAV share (front L/R, centre, LFE, back, side). */
    private static final int[] CHANNEL_MASKS = {0x4, 0x3, 0x7, 0x33, 0x37, 0x3F, 0x13F, 0x63F};

    private WavHeader() {
    }

    static boolean isExtensible(PcmFormat format) {
        return format.bitsPerSample() > 16 || format.channels() > 2 || format.bitsPerSample() % 8 != 0;
    }

    static int length(PcmFormat format) {
        return 12 + 8 + (isExtensible(format) ? EXTENSIBLE_FMT_LENGTH : PCM_FMT_LENGTH) + 8;
    }

    /** Bytes of sample data for {@code frames} frames. */
    static long dataLength(PcmFormat format, long frames) {
        return frames * format.channels() * format.bytesPerSample();
    }

    /** RIFF chunks are padded to an even length. */
    static int padding(long dataLength) {
        return (int) (dataLength & 1);
    }

    /** {@code frames} −1 writes the streaming convention: both sizes {@value #UNKNOWN_SIZE}. */
    static byte[] of(PcmFormat format, long frames) {
        boolean extensible = isExtensible(format);
        int headerLength = length(format);
        long data = frames < 0 ? UNKNOWN_SIZE : dataLength(format, frames);
        long riff = frames < 0 ? UNKNOWN_SIZE : headerLength - 8 + data + padding(data);
        if (riff > UNKNOWN_SIZE) {
            data = UNKNOWN_SIZE;
            riff = UNKNOWN_SIZE;
        }
        int blockAlign = format.channels() * format.bytesPerSample();
        ByteBuffer out = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        out.put(ascii("RIFF")).putInt((int) riff).put(ascii("WAVE"));
        out.put(ascii("fmt ")).putInt(extensible ? EXTENSIBLE_FMT_LENGTH : PCM_FMT_LENGTH);
        out.putShort((short) (extensible ? FORMAT_EXTENSIBLE : FORMAT_PCM));
        out.putShort((short) format.channels());
        out.putInt(format.sampleRate());
        out.putInt(format.sampleRate() * blockAlign);
        out.putShort((short) blockAlign);
        out.putShort((short) (8 * format.bytesPerSample()));
        if (extensible) {
            out.putShort((short) EXTENSIBLE_EXTRA_LENGTH);
            out.putShort((short) format.bitsPerSample());
            out.putInt(CHANNEL_MASKS[format.channels() - 1]);
            out.put(SUBTYPE_PCM);
        }
        out.put(ascii("data")).putInt((int) data);
        return out.array();
    }

    private static byte[] ascii(String id) {
        return id.getBytes(StandardCharsets.US_ASCII);
    }
}
