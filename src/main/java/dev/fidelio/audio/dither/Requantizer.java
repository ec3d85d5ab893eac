package dev.fidelio.audio.dither;

import dev.fidelio.audio.PcmFilter;
import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import java.io.IOException;

/**
 * Changes the bit depth of its source, optionally applying a gain in the same pass, and adds TPDF dither whenever
 * the result is not exactly representable, i.e. whenever bits are dropped or a gain is applied. Never truncates:
 * plain rounding would turn quiet passages and fade-outs into distortion correlated with the music.
 *
 * <p>Each sample is scaled (gain and bit-depth change together, in double precision, exact for every 32-bit input),
 * the dither added, then rounded and clamped to the target's range, so a gain that pushes the signal over full scale
 * clips rather than wrapping around. When the depth does not change and there is no gain it passes samples through
 * untouched and adds nothing to the signal path; widening without gain is an exact shift, without dither.
 */
public final class Requantizer extends PcmFilter {

    private static final int MIN_BITS = 8;

    private final TpdfNoise noise;
    private final Mode mode;
    private final double scale;
    private final int shift;

    private enum Mode { PASS_THROUGH, WIDEN, DITHER }

    /** Changes the depth to {@code targetBits} without gain, with unpredictable dither. */
    public Requantizer(PcmSource source, int targetBits) {
        this(source, targetBits, Gain.NONE, TpdfNoise.unpredictable());
    }

    /** Applies {@code gain} and changes the depth to {@code targetBits}, with unpredictable dither. */
    public Requantizer(PcmSource source, int targetBits, Gain gain) {
        this(source, targetBits, gain, TpdfNoise.unpredictable());
    }

    /**
     * Applies {@code gain} and changes the depth to {@code targetBits}, dithering with {@code noise}.
     *
     * @throws IllegalArgumentException if {@code targetBits} is not between 8 and 32
     */
    public Requantizer(PcmSource source, int targetBits, Gain gain, TpdfNoise noise) {
        super(source, source.format().withBitsPerSample(checkedBits(targetBits)),
                step(source.format().bitsPerSample(), targetBits, gain));
        this.noise = noise;
        this.shift = targetBits - source.format().bitsPerSample();
        this.scale = gain.factor() * Math.scalb(1.0, shift);
        this.mode = gain.isUnity() && shift == 0 ? Mode.PASS_THROUGH : gain.isUnity() && shift > 0 ? Mode.WIDEN : Mode.DITHER;
    }

    private static int checkedBits(int targetBits) {
        if (targetBits < MIN_BITS || targetBits > PcmFormat.MAX_BITS) {
            throw new IllegalArgumentException("Cannot requantize to " + targetBits + " bits: the target must be between "
                    + MIN_BITS + " and " + PcmFormat.MAX_BITS + " bits");
        }
        return targetBits;
    }

    /** Nothing when nothing changes; an exact pad when only widening; otherwise the gain and the dither. */
    private static String step(int sourceBits, int targetBits, Gain gain) {
        if (gain.isUnity() && targetBits == sourceBits) {
            return null;
        }
        if (gain.isUnity() && targetBits > sourceBits) {
            return "pad " + sourceBits + "\u2192" + targetBits + " (exact)";
        }
        String dither = "TPDF dither " + sourceBits + "\u2192" + targetBits;
        return gain.isUnity() ? dither : gain.describe() + " \u2192 " + dither;
    }

    @Override
    public int read(int[] buffer, int maxFrames) throws IOException {
        int frames = source.read(buffer, maxFrames);
        if (frames <= 0) {
            return frames;
        }
        int samples = frames * format().channels();
        if (mode == Mode.WIDEN) {
            for (int i = 0; i < samples; i++) {
                buffer[i] <<= shift;
            }
        } else if (mode == Mode.DITHER) {
            dither(buffer, samples);
        }
        return frames;
    }

    private void dither(int[] buffer, int samples) {
        double max = format().maxSample();
        double min = format().minSample();
        for (int i = 0; i < samples; i++) {
            double rounded = Math.floor(buffer[i] * scale + noise.next() + 0.5);
            buffer[i] = (int) Math.max(min, Math.min(max, rounded));
        }
    }
}
