package dev.fidelio.audio.alac;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.UnsupportedAudioException;
import java.nio.ByteBuffer;

/**
 * The ALAC magic cookie ({@code ALACSpecificConfig}): the encoder's frame length, bit depth, the entropy coder's
 * tuning (pb, mb, kb, maxRun) and the channel count.
 */
record AlacConfig(int frameLength, int bitDepth, int pb, int mb, int kb, int channels, int maxRun,
        long maxFrameBytes, long avgBitRate, int sampleRate) {

    static final int SIZE = 24;
    /** Apple's encoder uses 4096; the bound only keeps a hostile cookie from asking for gigabytes of buffers. */
    static final int MAX_FRAME_LENGTH = 1 << 16;

    static AlacConfig parse(ByteBuffer cookie) throws CorruptAudioException, UnsupportedAudioException {
        if (cookie.remaining() < SIZE) {
            throw new CorruptAudioException("ALAC magic cookie is " + cookie.remaining() + " bytes, needs " + SIZE);
        }
        long frameLength = cookie.getInt() & 0xFFFF_FFFFL;
        int compatibleVersion = cookie.get() & 0xFF;
        int bitDepth = cookie.get() & 0xFF;
        int pb = cookie.get() & 0xFF;
        int mb = cookie.get() & 0xFF;
        int kb = cookie.get() & 0xFF;
        int channels = cookie.get() & 0xFF;
        int maxRun = cookie.getShort() & 0xFFFF;
        long maxFrameBytes = cookie.getInt() & 0xFFFF_FFFFL;
        long avgBitRate = cookie.getInt() & 0xFFFF_FFFFL;
        int sampleRate = cookie.getInt();
        if (compatibleVersion != 0) {
            throw new UnsupportedAudioException("ALAC version " + compatibleVersion + " is not supported");
        }
        if (frameLength < 1 || frameLength > MAX_FRAME_LENGTH) {
            throw new CorruptAudioException("ALAC frame length " + frameLength + " is out of range");
        }
        if (bitDepth != 16 && bitDepth != 20 && bitDepth != 24 && bitDepth != 32) {
            throw new UnsupportedAudioException("ALAC with " + bitDepth + " bits per sample is not supported");
        }
        if (channels < 1 || channels > 8) {
            throw new UnsupportedAudioException("ALAC with " + channels + " channels is not supported");
        }
        if (kb < 1 || kb > 31) {
            throw new CorruptAudioException("ALAC entropy parameter kb " + kb + " is out of range");
        }
        if (sampleRate < 1 || sampleRate > 12_288_000) {
            throw new CorruptAudioException("ALAC sample rate " + Integer.toUnsignedString(sampleRate) + " is out of range");
        }
        return new AlacConfig((int) frameLength, bitDepth, pb, mb, kb, channels, maxRun, maxFrameBytes, avgBitRate,
                sampleRate);
    }
}
