package dev.fidelio.audio.alac;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.UnsupportedAudioException;

/**
 * Decodes one ALAC packet: a sequence of single-channel (SCE, LFE) and channel-pair (CPE) elements up to END, each
 * either compressed (adaptive Golomb residuals through the adaptive predictor, pairs unmixed from mid/side) or an
 * escape holding plain samples. Output is interleaved in WAV channel order (front left, front right, centre, LFE,
 * surrounds), while the bitstream carries the centre first as AAC does.
 */
final class AlacPacketDecoder {

    private static final int SCE = 0;
    private static final int CPE = 1;
    private static final int CCE = 2;
    private static final int LFE = 3;
    private static final int DSE = 4;
    private static final int PCE = 5;
    private static final int FIL = 6;
    private static final int END = 7;
    private static final int MAX_COEFS = 32;
    /** Output position of each bitstream channel, per channel count (ALAC's layouts mapped to WAV order). */
    private static final int[][] CHANNEL_POSITIONS = {
        {0},
        {0, 1},
        {2, 0, 1},
        {2, 0, 1, 3},
        {2, 0, 1, 3, 4},
        {2, 0, 1, 4, 5, 3},
        {2, 0, 1, 5, 6, 4, 3},
        {2, 6, 7, 0, 1, 4, 5, 3}
    };

    private final AlacConfig config;
    private final BitReader bits = new BitReader();
    private final int[] mixU;
    private final int[] mixV;
    private final int[] shiftU;
    private final int[] shiftV;
    private final int[] coefsU = new int[MAX_COEFS];
    private final int[] coefsV = new int[MAX_COEFS];

    AlacPacketDecoder(AlacConfig config) {
        this.config = config;
        int n = config.frameLength();
        mixU = new int[n];
        mixV = new int[n];
        shiftU = new int[n];
        shiftV = new int[n];
    }

    /** Decodes {@code packet[0..length)} into {@code out} (room for frameLength × channels); returns the frames. */
    int decode(byte[] packet, int length, int[] out) throws CorruptAudioException, UnsupportedAudioException {
        bits.reset(packet, length);
        int channels = config.channels();
        int[] positions = CHANNEL_POSITIONS[channels - 1];
        int channel = 0;
        int frames = -1;
        while (true) {
            int tag = (int) bits.read(3);
            switch (tag) {
                case SCE, LFE, CPE -> {
                    int width = tag == CPE ? 2 : 1;
                    if (channel + width > channels) {
                        throw new CorruptAudioException("ALAC packet holds more than " + channels + " channels");
                    }
                    int n = tag == CPE ? decodePair() : decodeSingle();
                    if (frames >= 0 && n != frames) {
                        throw new CorruptAudioException("ALAC elements of one packet differ in length: " + frames
                                + " and " + n);
                    }
                    frames = n;
                    interleave(mixU, out, positions[channel], frames);
                    if (width == 2) {
                        interleave(mixV, out, positions[channel + 1], frames);
                    }
                    channel += width;
                }
                case DSE -> skipDataStream();
                case FIL -> skipFill();
                case END -> {
                    bits.checkNotOverrun();
                    if (channel != channels) {
                        throw new CorruptAudioException("ALAC packet holds " + channel + " of " + channels
                                + " channels");
                    }
                    return frames;
                }
                case CCE, PCE -> throw new UnsupportedAudioException("ALAC element type " + tag + " is not supported");
                default -> throw new IllegalStateException("3-bit tag " + tag);
            }
            bits.checkNotOverrun();
        }
    }

    private void interleave(int[] samples, int[] out, int position, int frames) {
        int channels = config.channels();
        for (int i = 0, o = position; i < frames; i++, o += channels) {
            out[o] = samples[i];
        }
    }

    /** The common element header; returns {bytesShifted, escape, frames}. */
    private int[] readElementHeader() throws CorruptAudioException {
        bits.skip(4); // element instance tag
        if (bits.read(12) != 0) {
            throw new CorruptAudioException("ALAC element header has non-zero reserved bits");
        }
        int flags = (int) bits.read(4);
        boolean partial = (flags & 8) != 0;
        int bytesShifted = flags >> 1 & 3;
        if (bytesShifted == 3) {
            throw new CorruptAudioException("ALAC element shifts off 3 bytes");
        }
        long frames = partial ? bits.read(32) : config.frameLength();
        if (frames > config.frameLength()) {
            throw new CorruptAudioException("ALAC element of " + frames + " frames exceeds the frame length "
                    + config.frameLength());
        }
        return new int[] {bytesShifted, flags & 1, (int) frames};
    }

    private int decodeSingle() throws CorruptAudioException {
        int[] header = readElementHeader();
        int bytesShifted = header[0];
        int frames = header[2];
        int shift = bytesShifted * 8;
        if (header[1] != 0) {
            readVerbatim(mixU, null, frames);
            return frames;
        }
        int chanBits = config.bitDepth() - shift;
        bits.skip(16); // mixBits, mixRes: meaningless for one channel
        ChannelParams params = readChannelParams(coefsU);
        long shiftStart = bits.position();
        bits.skip((long) shift * frames);
        decodeChannel(params, mixU, coefsU, frames, chanBits);
        if (shift != 0) {
            readShiftedBytes(shiftStart, shift, frames, 1);
            for (int i = 0; i < frames; i++) {
                mixU[i] = mixU[i] << shift | shiftU[i];
            }
        }
        return frames;
    }

    private int decodePair() throws CorruptAudioException {
        int[] header = readElementHeader();
        int bytesShifted = header[0];
        int frames = header[2];
        int shift = bytesShifted * 8;
        if (header[1] != 0) {
            readVerbatim(mixU, mixV, frames);
            return frames;
        }
        // The side channel needs one bit more than the samples.
        int chanBits = config.bitDepth() - shift + 1;
        if (chanBits > 32) {
            throw new CorruptAudioException("ALAC pair of " + config.bitDepth() + "-bit samples shifts off no bytes");
        }
        int mixBits = (int) bits.read(8);
        int mixRes = bits.readSigned(8);
        ChannelParams paramsU = readChannelParams(coefsU);
        ChannelParams paramsV = readChannelParams(coefsV);
        long shiftStart = bits.position();
        bits.skip((long) shift * 2 * frames);
        decodeChannel(paramsU, mixU, coefsU, frames, chanBits);
        decodeChannel(paramsV, mixV, coefsV, frames, chanBits);
        StereoUnmixer.unmix(mixU, mixV, frames, mixBits, mixRes);
        if (shift != 0) {
            readShiftedBytes(shiftStart, shift, frames, 2);
            for (int i = 0; i < frames; i++) {
                mixU[i] = mixU[i] << shift | shiftU[i];
                mixV[i] = mixV[i] << shift | shiftV[i];
            }
        }
        return frames;
    }

    private record ChannelParams(int mode, int denShift, int pbFactor, int order) {
    }

    private ChannelParams readChannelParams(int[] coefs) {
        int modeAndShift = (int) bits.read(8);
        int factorAndOrder = (int) bits.read(8);
        int order = factorAndOrder & 0x1F;
        for (int i = 0; i < order; i++) {
            coefs[i] = bits.readSigned(16);
        }
        return new ChannelParams(modeAndShift >> 4, modeAndShift & 0xF, factorAndOrder >> 5, order);
    }

    private void decodeChannel(ChannelParams params, int[] samples, int[] coefs, int frames, int chanBits)
            throws CorruptAudioException {
        int pb = config.pb() * params.pbFactor() / 4;
        AdaptiveGolombDecoder.decode(bits, samples, frames, config.mb(), pb, config.kb(), chanBits);
        if (params.mode() != 0) {
            AdaptivePredictor.reconstruct(samples, samples, frames, null, AdaptivePredictor.FIRST_DIFFERENCE,
                    chanBits, 0);
        }
        AdaptivePredictor.reconstruct(samples, samples, frames, coefs, params.order(), chanBits, params.denShift());
    }

    /** The low bytes of each sample, stored uncompressed (channel-interleaved) ahead of the residuals. */
    private void readShiftedBytes(long start, int shift, int frames, int channels) throws CorruptAudioException {
        long end = bits.position();
        bits.seek(start);
        for (int i = 0; i < frames; i++) {
            shiftU[i] = (int) bits.read(shift);
            if (channels == 2) {
                shiftV[i] = (int) bits.read(shift);
            }
        }
        bits.seek(end);
        bits.checkNotOverrun();
    }

    /** An escape element: samples at full depth, channel-interleaved. */
    private void readVerbatim(int[] u, int[] v, int frames) throws CorruptAudioException {
        int depth = config.bitDepth();
        for (int i = 0; i < frames; i++) {
            u[i] = bits.readSigned(depth);
            if (v != null) {
                v[i] = bits.readSigned(depth);
            }
        }
        bits.checkNotOverrun();
    }

    private void skipDataStream() {
        bits.skip(4); // element instance tag
        boolean align = bits.read(1) != 0;
        int count = (int) bits.read(8);
        if (count == 255) {
            count += (int) bits.read(8);
        }
        if (align) {
            bits.alignToByte();
        }
        bits.skip(8L * count);
    }

    private void skipFill() {
        int count = (int) bits.read(4);
        if (count == 15) {
            count += (int) bits.read(8) - 1;
        }
        bits.skip(8L * count);
    }
}
