package dev.fidelio.audio.alac;

import dev.fidelio.audio.PcmSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Test signals as integer PCM ({@code samples[channel][frame]}), written as WAV for the reference encoders, and a
 * helper that drains a {@link PcmSource}. Shared by the ALAC and WavPack tests; unlike the sample library's WAV
 * writer it handles 32-bit samples and gives multichannel files a speaker mask.
 */
public final class TestAudio {

    private static final byte[] SUBTYPE_PCM = {1, 0, 0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38,
        (byte) 0x9B, 0x71};
    /** WAV speaker masks for 1…8 channels, in the order the channels are stored. */
    private static final int[] SPEAKER_MASKS = {0x4, 0x3, 0x7, 0x107, 0x37, 0x3F, 0x70F, 0xFF};

    private TestAudio() {
    }

    /** What each channel carries: a different signal per channel so that swapped channels show. */
    public enum Kind { SINE, SWEEP, SQUARE, NOISE, SILENCE, MIXED }

    public static int[][] signal(Kind kind, int channels, int frames, int bits, int sampleRate, long seed) {
        long max = (1L << (bits - 1)) - 1;
        long min = -(1L << (bits - 1));
        Random random = new Random(seed);
        int[][] samples = new int[channels][frames];
        for (int c = 0; c < channels; c++) {
            Kind channelKind = kind == Kind.MIXED ? Kind.values()[c % 4] : kind;
            double frequency = 440.0 * (c + 1) + 17 * c;
            for (int n = 0; n < frames; n++) {
                double value = switch (channelKind) {
                    case SINE -> 0.9 * Math.sin(2 * Math.PI * frequency * n / sampleRate);
                    case SWEEP -> 0.8 * Math.sin(2 * Math.PI * 20 * n / sampleRate
                            * Math.pow(1000.0, (double) n / Math.max(1, frames)));
                    case SQUARE -> (n / (sampleRate / (int) frequency / 2 + 1)) % 2 == 0 ? 1.0 : -1.0;
                    case NOISE -> random.nextDouble() * 2 - 1;
                    case SILENCE, MIXED -> 0;
                };
                long sample = value >= 1.0 ? max : value <= -1.0 ? min : Math.round(value * max);
                samples[c][n] = (int) Math.max(min, Math.min(max, sample));
            }
        }
        return samples;
    }

    /**
     * Writes a WAV file; samples of {@code bits} bits are stored left-justified in whole bytes, as WAV requires.
     * WAVE_FORMAT_EXTENSIBLE is used for more than 16 bits or 2 channels, with the valid bits and speaker mask.
     */
    public static void writeWav(Path file, int sampleRate, int bits, int[][] samples) throws IOException {
        int channels = samples.length;
        int frames = samples[0].length;
        int width = (bits + 7) / 8;
        int container = width * 8;
        boolean extensible = bits > 16 || channels > 2 || bits != container;
        int fmtSize = extensible ? 40 : 16;
        int dataSize = frames * channels * width;
        ByteBuffer out = ByteBuffer.allocate(12 + 8 + fmtSize + 8 + dataSize + (dataSize & 1))
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes()).putInt(out.capacity() - 8).put("WAVE".getBytes());
        out.put("fmt ".getBytes()).putInt(fmtSize)
                .putShort((short) (extensible ? 0xFFFE : 1))
                .putShort((short) channels)
                .putInt(sampleRate)
                .putInt(sampleRate * channels * width)
                .putShort((short) (channels * width))
                .putShort((short) container);
        if (extensible) {
            out.putShort((short) 22).putShort((short) bits).putInt(SPEAKER_MASKS[channels - 1]).put(SUBTYPE_PCM);
        }
        out.put("data".getBytes()).putInt(dataSize);
        for (int n = 0; n < frames; n++) {
            for (int[] channel : samples) {
                // 8-bit WAV samples are unsigned.
                int value = (channel[n] << (container - bits)) + (width == 1 ? 128 : 0);
                for (int i = 0; i < width; i++) {
                    out.put((byte) (value >> (8 * i)));
                }
            }
        }
        Files.write(file, out.array());
    }

    public static int[] interleave(int[][] samples) {
        int channels = samples.length;
        int[] out = new int[samples[0].length * channels];
        for (int c = 0; c < channels; c++) {
            for (int n = 0; n < samples[c].length; n++) {
                out[n * channels + c] = samples[c][n];
            }
        }
        return out;
    }

    /** Every remaining frame of {@code source}, interleaved, read in uneven pieces to exercise partial reads. */
    public static int[] readAll(PcmSource source) throws IOException {
        int channels = source.format().channels();
        int[] all = new int[1024];
        int[] buffer = new int[1000 * channels];
        int used = 0;
        int[] sizes = {1, 999, 1000, 37};
        for (int i = 0; ; i++) {
            int frames = source.read(buffer, sizes[i % sizes.length]);
            if (frames < 0) {
                return Arrays.copyOf(all, used);
            }
            if (used + frames * channels > all.length) {
                all = Arrays.copyOf(all, Math.max(all.length * 2, used + frames * channels));
            }
            System.arraycopy(buffer, 0, all, used, frames * channels);
            used += frames * channels;
        }
    }
}
