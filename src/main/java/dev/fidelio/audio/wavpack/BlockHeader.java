package dev.fidelio.audio.wavpack;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.UnsupportedAudioException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The 32-byte header of a WavPack 4/5 block ({@code wvpk}). */
record BlockHeader(long blockSize, int version, long totalSamples, long blockIndex, long blockSamples, int flags,
        int crc) {

    static final int SIZE = 32;
    static final int BYTES_STORED = 0x3;
    static final int MONO_FLAG = 0x4;
    static final int HYBRID_FLAG = 0x8;
    static final int JOINT_STEREO = 0x10;
    static final int FLOAT_DATA = 0x80;
    static final int INT32_DATA = 0x100;
    static final int INITIAL_BLOCK = 0x800;
    static final int FINAL_BLOCK = 0x1000;
    static final int SHIFT_LSB = 13;
    static final int SHIFT_MASK = 0x1F << SHIFT_LSB;
    static final int SRATE_LSB = 23;
    static final int SRATE_MASK = 0xF << SRATE_LSB;
    static final int FALSE_STEREO = 0x4000_0000;
    static final int MONO_DATA = MONO_FLAG | FALSE_STEREO;
    static final int DSD_FLAG = 0x8000_0000;

    private static final int MIN_VERSION = 0x402;
    private static final int MAX_VERSION = 0x410;
    /** WavPack writes blocks of well under a megabyte; the bound keeps a damaged size from asking for more. */
    static final long MAX_BLOCK_SIZE = 16L << 20;
    /** The encoder's largest block is 131072 samples; anything far beyond is damage. */
    static final long MAX_BLOCK_SAMPLES = 1 << 18;
    private static final int[] SAMPLE_RATES = {6000, 8000, 9600, 11025, 12000, 16000, 22050, 24000, 32000, 44100,
        48000, 64000, 88200, 96000, 192000};

    static boolean hasMagic(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'w' && bytes[1] == 'v' && bytes[2] == 'p' && bytes[3] == 'k';
    }

    static BlockHeader parse(byte[] bytes, long at) throws CorruptAudioException, UnsupportedAudioException {
        if (!hasMagic(bytes)) {
            throw new CorruptAudioException("no WavPack block at byte " + at);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, SIZE).order(ByteOrder.LITTLE_ENDIAN);
        long size = (in.getInt(4) & 0xFFFF_FFFFL) + 8;
        int version = in.getShort(8) & 0xFFFF;
        long indexHigh = bytes[10] & 0xFF;
        long totalHigh = bytes[11] & 0xFF;
        long totalLow = in.getInt(12) & 0xFFFF_FFFFL;
        long indexLow = in.getInt(16) & 0xFFFF_FFFFL;
        long samples = in.getInt(20) & 0xFFFF_FFFFL;
        int flags = in.getInt(24);
        int crc = in.getInt(28);
        if (version < MIN_VERSION || version > MAX_VERSION) {
            throw new UnsupportedAudioException("WavPack stream version 0x" + Integer.toHexString(version)
                    + " is not supported (only 4.02 to 4.16)");
        }
        if (size < SIZE || size > MAX_BLOCK_SIZE) {
            throw new CorruptAudioException("WavPack block at byte " + at + " claims " + size + " bytes");
        }
        if (samples > MAX_BLOCK_SAMPLES) {
            throw new CorruptAudioException("WavPack block at byte " + at + " claims " + samples + " samples");
        }
        // Totals are stored in base 2^32 − 1 so that all ones can mean "unknown".
        long total = totalLow == 0xFFFF_FFFFL ? -1 : totalLow + (totalHigh << 32) - totalHigh;
        return new BlockHeader(size, version, total, indexLow + (indexHigh << 32), samples, flags, crc);
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    boolean monoData() {
        return (flags & MONO_DATA) != 0;
    }

    /** Channels this block carries: one, or two (a false-stereo block stores one and means two). */
    int channels() {
        return has(MONO_FLAG) ? 1 : 2;
    }

    int bytesPerSample() {
        return (flags & BYTES_STORED) + 1;
    }

    /** The fixed shift of formats narrower than their bytes (e.g. 20 bits in 3): the true bit depth is bytes − it. */
    int shift() {
        return (flags & SHIFT_MASK) >>> SHIFT_LSB;
    }

    /** The standard sample rate, or 0 when the block gives it in a sample-rate sub-block. */
    int standardSampleRate() {
        int index = (flags & SRATE_MASK) >>> SRATE_LSB;
        return index < SAMPLE_RATES.length ? SAMPLE_RATES[index] : 0;
    }
}
