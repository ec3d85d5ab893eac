package dev.fidelio.audio.wavpack;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.UnsupportedAudioException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the audio of one lossless WavPack block (one or two channels): reads its metadata sub-blocks, entropy
 * decodes the residuals, runs the decorrelation passes, undoes joint stereo, checks the block CRC, and restores
 * the low bits of extended integers (int32 info and the "wvx" stream).
 */
final class BlockDecoder {

    private static final int ID_LARGE = 0x80;
    private static final int ID_ODD_SIZE = 0x40;
    private static final int ID_UNIQUE = 0x3F;
    private static final int ID_OPTIONAL_DATA = 0x20;
    private static final int ID_DUMMY = 0x0;
    private static final int ID_ENCODER_INFO = 0x1;
    private static final int ID_DECORR_TERMS = 0x2;
    private static final int ID_DECORR_WEIGHTS = 0x3;
    private static final int ID_DECORR_SAMPLES = 0x4;
    private static final int ID_ENTROPY_VARS = 0x5;
    private static final int ID_SHAPING_WEIGHTS = 0x7;
    private static final int ID_FLOAT_INFO = 0x8;
    private static final int ID_INT32_INFO = 0x9;
    private static final int ID_WV_BITSTREAM = 0xA;
    private static final int ID_WVC_BITSTREAM = 0xB;
    private static final int ID_WVX_BITSTREAM = 0xC;
    private static final int ID_CHANNEL_INFO = 0xD;
    private static final int ID_DSD_BLOCK = 0xE;
    private static final int ID_SAMPLE_RATE = 0x27;
    private static final int ID_WVX_NEW_BITSTREAM = 0x2C;
    private static final int MAX_TERMS = 16;

    /** What the first block tells about the whole stream, beyond its header. */
    record StreamInfo(int channels, int sampleRate) {
    }

    private final EntropyDecoder entropy = new EntropyDecoder();
    private final LsbBitReader bits = new LsbBitReader();
    private final LsbBitReader extraBits = new LsbBitReader();
    private final List<DecorrelationPass> passes = new ArrayList<>();
    private int sentBits;
    private int zeros;
    private int ones;
    private int dups;
    private boolean hasBitstream;
    private boolean hasExtraBits;
    private int extraCrc;
    private int maxWidth;

    /**
     * The channel count (0 when the block does not say) and sample rate (0 when the header's table gives it) from
     * a block's sub-blocks.
     */
    static StreamInfo streamInfo(byte[] block, BlockHeader header) throws CorruptAudioException {
        int channels = 0;
        int sampleRate = 0;
        int at = BlockHeader.SIZE;
        int end = (int) header.blockSize();
        while (at < end) {
            int[] sub = subBlock(block, at, end);
            int id = sub[0] & ID_UNIQUE;
            int data = sub[1];
            int length = sub[2];
            if (id == ID_CHANNEL_INFO && length >= 1) {
                channels = length >= 6 ? (block[data] & 0xFF | (block[data + 2] & 0xF) << 8) + 1 : block[data] & 0xFF;
            } else if (id == ID_SAMPLE_RATE && (length == 3 || length == 4)) {
                sampleRate = block[data] & 0xFF | (block[data + 1] & 0xFF) << 8 | (block[data + 2] & 0xFF) << 16;
                if (length == 4) {
                    sampleRate |= (block[data + 3] & 0x7F) << 24;
                }
            }
            at = sub[3];
        }
        return new StreamInfo(channels, sampleRate);
    }

    /** {id, data offset, data length, next sub-block offset} of the sub-block at {@code at}. */
    private static int[] subBlock(byte[] block, int at, int end) throws CorruptAudioException {
        if (end - at < 2) {
            throw new CorruptAudioException("WavPack metadata sub-block header is cut off");
        }
        int id = block[at] & 0xFF;
        int header = 2;
        long words = block[at + 1] & 0xFF;
        if ((id & ID_LARGE) != 0) {
            if (end - at < 4) {
                throw new CorruptAudioException("WavPack metadata sub-block header is cut off");
            }
            words |= (block[at + 2] & 0xFF) << 8 | (block[at + 3] & 0xFF) << 16;
            header = 4;
        }
        long size = words * 2;
        if (size > end - at - header) {
            throw new CorruptAudioException("WavPack metadata sub-block 0x" + Integer.toHexString(id) + " of " + size
                    + " bytes overruns its block");
        }
        int length = (int) size - ((id & ID_ODD_SIZE) != 0 && size > 0 ? 1 : 0);
        return new int[] {id, at + header, length, (int) (at + header + size)};
    }

    /**
     * Decodes the block's samples into {@code out}, interleaved for the block's channels (two for false stereo).
     *
     * @return the block's channel count
     */
    int decode(byte[] block, BlockHeader header, int[] out) throws CorruptAudioException, UnsupportedAudioException {
        checkSupported(header);
        readMetadata(block, header);
        int samples = (int) header.blockSamples();
        boolean mono = header.monoData();
        if (!hasBitstream) {
            throw new CorruptAudioException("WavPack block at sample " + header.blockIndex() + " has no bitstream");
        }
        int count = mono ? samples : samples * 2;
        entropy.decode(bits, out, count, mono);
        for (DecorrelationPass pass : passes) {
            if (mono) {
                pass.reconstructMono(out, samples);
            } else {
                pass.reconstructStereo(out, samples);
            }
        }
        if (!mono && header.has(BlockHeader.JOINT_STEREO)) {
            for (int i = 0; i < count; i += 2) {
                out[i + 1] -= out[i] >> 1;
                out[i] += out[i + 1];
            }
        }
        checkCrc(out, count, mono, header);
        if (header.has(BlockHeader.INT32_DATA)) {
            restoreExtendedIntegers(out, count, header);
        }
        if (header.has(BlockHeader.FALSE_STEREO)) {
            for (int i = samples - 1; i >= 0; i--) {
                out[2 * i] = out[2 * i + 1] = out[i];
            }
        }
        return header.channels();
    }

    private static void checkSupported(BlockHeader header) throws UnsupportedAudioException {
        BlockReader.requireNotDsd(header);
        if (header.has(BlockHeader.HYBRID_FLAG)) {
            throw new UnsupportedAudioException(
                    "WavPack hybrid (lossy) files are not supported; only lossless WavPack can be played");
        }
        if (header.has(BlockHeader.FLOAT_DATA)) {
            throw new UnsupportedAudioException("WavPack 32-bit floating-point audio is not supported");
        }
    }

    private void readMetadata(byte[] block, BlockHeader header) throws CorruptAudioException, UnsupportedAudioException {
        passes.clear();
        entropy.clear();
        sentBits = zeros = ones = dups = 0;
        hasBitstream = hasExtraBits = false;
        maxWidth = 0;
        boolean mono = header.monoData();
        int at = BlockHeader.SIZE;
        int end = (int) header.blockSize();
        while (at < end) {
            int[] sub = subBlock(block, at, end);
            int rawId = sub[0];
            int data = sub[1];
            int length = sub[2];
            switch (rawId & ID_UNIQUE) {
                case ID_DECORR_TERMS -> readTerms(block, data, length, mono);
                case ID_DECORR_WEIGHTS -> readWeights(block, data, length, mono);
                case ID_DECORR_SAMPLES -> readDecorrSamples(block, data, length, mono);
                case ID_ENTROPY_VARS -> readMedians(block, data, length, mono);
                case ID_INT32_INFO -> {
                    if (length < 4) {
                        throw new CorruptAudioException("WavPack int32 info is " + length + " bytes");
                    }
                    sentBits = block[data] & 0x1F;
                    zeros = block[data + 1] & 0x1F;
                    ones = block[data + 2] & 0x1F;
                    dups = block[data + 3] & 0x1F;
                }
                case ID_WV_BITSTREAM -> {
                    bits.reset(block, data, data + length);
                    hasBitstream = true;
                }
                case ID_WVX_BITSTREAM, ID_WVX_NEW_BITSTREAM -> readExtraBitstream(block, data, length,
                        (rawId & ID_UNIQUE) == ID_WVX_NEW_BITSTREAM);
                case ID_DSD_BLOCK -> throw new UnsupportedAudioException("WavPack DSD (1-bit audio) is not supported");
                case ID_DUMMY, ID_ENCODER_INFO, ID_SHAPING_WEIGHTS, ID_FLOAT_INFO, ID_WVC_BITSTREAM, ID_CHANNEL_INFO -> {
                    // nothing needed for lossless integer decoding
                }
                default -> {
                    if ((rawId & ID_OPTIONAL_DATA) == 0) {
                        throw new UnsupportedAudioException("WavPack metadata 0x" + Integer.toHexString(rawId)
                                + " is not supported");
                    }
                }
            }
            at = sub[3];
        }
    }

    private void readTerms(byte[] block, int data, int length, boolean mono) throws CorruptAudioException {
        if (length > MAX_TERMS) {
            throw new CorruptAudioException("WavPack block has " + length + " decorrelation terms");
        }
        passes.clear();
        // Stored in encoding order; decoding runs them in reverse.
        for (int i = length - 1; i >= 0; i--) {
            int value = block[data + i] & 0xFF;
            int term = (value & 0x1F) - 5;
            if (term == 0 || term < -3 || (term > DecorrelationPass.MAX_TERM && term < 17) || term > 18
                    || (mono && term < 0)) {
                throw new CorruptAudioException("WavPack decorrelation term " + term + " is invalid");
            }
            passes.add(new DecorrelationPass(term, (value >> 5) & 7));
        }
    }

    private void readWeights(byte[] block, int data, int length, boolean mono) throws CorruptAudioException {
        int count = mono ? length : length / 2;
        if (count > passes.size()) {
            throw new CorruptAudioException("WavPack block has more weights than decorrelation terms");
        }
        int at = data;
        for (int i = passes.size() - 1; i >= passes.size() - count; i--) {
            DecorrelationPass pass = passes.get(i);
            pass.weightA = restoreWeight(block[at++]);
            if (!mono) {
                pass.weightB = restoreWeight(block[at++]);
            }
        }
    }

    private static int restoreWeight(byte stored) {
        int weight = stored << 3;
        return weight > 0 ? weight + ((weight + 64) >> 7) : weight;
    }

    private void readDecorrSamples(byte[] block, int data, int length, boolean mono) throws CorruptAudioException {
        int at = data;
        int end = data + length;
        for (int i = passes.size() - 1; i >= 0 && at < end; i--) {
            DecorrelationPass pass = passes.get(i);
            int needed = pass.term > DecorrelationPass.MAX_TERM ? (mono ? 4 : 8)
                    : pass.term < 0 ? 4 : (mono ? 2 : 4) * pass.term;
            if (at + needed > end) {
                throw new CorruptAudioException("WavPack decorrelation samples are cut off");
            }
            if (pass.term > DecorrelationPass.MAX_TERM) {
                pass.samplesA[0] = exp2s(block, at);
                pass.samplesA[1] = exp2s(block, at + 2);
                at += 4;
                if (!mono) {
                    pass.samplesB[0] = exp2s(block, at);
                    pass.samplesB[1] = exp2s(block, at + 2);
                    at += 4;
                }
            } else if (pass.term < 0) {
                pass.samplesA[0] = exp2s(block, at);
                pass.samplesB[0] = exp2s(block, at + 2);
                at += 4;
            } else {
                for (int m = 0; m < pass.term; m++) {
                    pass.samplesA[m] = exp2s(block, at);
                    at += 2;
                    if (!mono) {
                        pass.samplesB[m] = exp2s(block, at);
                        at += 2;
                    }
                }
            }
        }
        if (at != end) {
            throw new CorruptAudioException("WavPack decorrelation samples do not match the terms");
        }
    }

    private void readMedians(byte[] block, int data, int length, boolean mono) throws CorruptAudioException {
        if (length != (mono ? 6 : 12)) {
            throw new CorruptAudioException("WavPack entropy variables are " + length + " bytes");
        }
        for (int channel = 0; channel < (mono ? 1 : 2); channel++) {
            int at = data + 6 * channel;
            entropy.setMedians(channel, Log2.exp2s(u16(block, at)), Log2.exp2s(u16(block, at + 2)),
                    Log2.exp2s(u16(block, at + 4)));
        }
    }

    private void readExtraBitstream(byte[] block, int data, int length, boolean newFormat)
            throws CorruptAudioException {
        if (length <= 4 || (length & 1) != 0) {
            throw new CorruptAudioException("WavPack extended-integer stream is " + length + " bytes");
        }
        extraCrc = u16(block, data) | u16(block, data + 2) << 16;
        extraBits.reset(block, data + 4, data + length);
        if (newFormat) {
            maxWidth = (int) extraBits.bits(5);
        }
        hasExtraBits = true;
    }

    private static int u16(byte[] block, int at) {
        return block[at] & 0xFF | (block[at + 1] & 0xFF) << 8;
    }

    private static int exp2s(byte[] block, int at) {
        return Log2.exp2s((short) u16(block, at));
    }

    private static void checkCrc(int[] samples, int count, boolean mono, BlockHeader header)
            throws CorruptAudioException {
        int crc = -1;
        if (mono) {
            for (int i = 0; i < count; i++) {
                crc = crc * 3 + samples[i];
            }
        } else {
            for (int i = 0; i < count; i += 2) {
                crc = crc * 9 + samples[i] * 3 + samples[i + 1];
            }
        }
        if (crc != header.crc()) {
            throw new CorruptAudioException("WavPack block at sample " + header.blockIndex() + " fails its CRC");
        }
    }

    /**
     * Integers wider than the 24 bits the main stream carries: the low {@code sentBits} come from the wvx stream,
     * and bits every sample shares (trailing zeros, ones, or copies of bit 0) are restored by shifting.
     */
    private void restoreExtendedIntegers(int[] samples, int count, BlockHeader header)
            throws CorruptAudioException, UnsupportedAudioException {
        if (hasExtraBits) {
            int crc = -1;
            for (int i = 0; i < count; i++) {
                int value = samples[i];
                if (sentBits != 0) {
                    value = withSentBits(value);
                }
                value = restoreSharedBits(value);
                crc = crc * 9 + (value & 0xFFFF) * 3 + ((value >> 16) & 0xFFFF);
                samples[i] = value;
            }
            extraBits.checkNotOverrun();
            if (crc != extraCrc) {
                throw new CorruptAudioException("WavPack block at sample " + header.blockIndex()
                        + " fails its extended-integer CRC");
            }
        } else if (sentBits != 0) {
            throw new UnsupportedAudioException("WavPack file is lossy (its extended-integer bits are missing)");
        } else if (zeros + ones + dups != 0) {
            for (int i = 0; i < count; i++) {
                samples[i] = restoreSharedBits(samples[i]);
            }
        }
    }

    private int withSentBits(int value) {
        if (maxWidth == 0) {
            return value << sentBits | (int) extraBits.bits(sentBits);
        }
        int magnitude = value < 0 ? ~value : value;
        int width = 32 - Integer.numberOfLeadingZeros(magnitude) + sentBits;
        int toRead = sentBits;
        if (width <= maxWidth || (toRead -= width - maxWidth) > 0) {
            return (value << toRead | (int) extraBits.bits(toRead)) << (sentBits - toRead);
        }
        return value << sentBits;
    }

    private int restoreSharedBits(int value) {
        if (zeros != 0) {
            return value << zeros;
        } else if (ones != 0) {
            return ((value + 1) << ones) - 1;
        } else if (dups != 0) {
            return ((value + (value & 1)) << dups) - (value & 1);
        }
        return value;
    }
}
