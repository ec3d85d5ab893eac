package dev.fidelio.audio.resample;

import dev.fidelio.audio.PcmFilter;
import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import java.io.IOException;
import java.util.Locale;

/**
 * Converts its source to another sample rate with linear-phase windowed-sinc filters, delivering 32-bit samples so
 * that the filter's precision reaches the requantizer that follows.
 *
 * <p><b>Quality.</b> Kaiser-windowed sinc designed in double precision for 180 dB of stopband attenuation; the band
 * kept flat is 20 kHz at 44.1 kHz (the same fraction of the lower rate otherwise), and everything from the lower rate's
 * Nyquist frequency up is rejected, so no alias or image lands anywhere in the output's band — not even in the
 * inaudible top of it. We deliberately do not let aliases fold into the transition band (stopband from
 * {@code out − 20 kHz}), although that would halve the filters' length and roughly double throughput: the promise is
 * that nothing above the lower Nyquist frequency survives, and the multi-stage plan ({@link ConversionPlan}) keeps
 * the cost of that promise within the streaming budget.
 *
 * <p><b>Timing and length.</b> Output frame {@code k} is the signal at input time {@code k·in/out}: the filter is
 * centred on it (primed with silence before the first input frame, flushed with silence after the last), so there is
 * no delay to compensate downstream. From {@code N} input frames come {@code N·out/in} output frames rounded to the
 * nearest integer (halves up), as SoX does: the duration is right to within half an output frame.
 *
 * <p><b>Level.</b> Samples are scaled to 32 bits and by the optional headroom inside the last filter's coefficients,
 * so both cost nothing. Inter-sample peaks above full scale (a full-scale signal can reconstruct up to several dB
 * higher) are clamped to full scale, never wrapped around; a headroom of −3 dB avoids clamping for all but extreme
 * signals.
 */
public final class Resampler extends PcmFilter {

    private static final int CHUNK_FRAMES = 4096;
    private static final double MIN_HEADROOM_DB = -60;

    private final int inputRate;
    private final DeinterleavedInput input;
    private final ConversionStage output;
    private final double[][] block;
    private final long declaredInputFrames;
    private long framesDelivered;

    /** Converts {@code source} to {@code outputRate} at unity gain. */
    public Resampler(PcmSource source, int outputRate) {
        this(source, outputRate, 0);
    }

    /**
     * Converts {@code source} to {@code outputRate} with a gain of {@code headroomDb} (0 or negative, e.g. −3) to
     * make room for inter-sample peaks.
     *
     * @throws IllegalArgumentException if the rate is not positive, the ratio is too complex, the rates are equal
     *     (there is nothing to convert: use the source itself), or the headroom is positive or below −60 dB
     */
    public Resampler(PcmSource source, int outputRate, double headroomDb) {
        super(source, new PcmFormat(checkedRate(source, outputRate), PcmFormat.MAX_BITS, source.format().channels()),
                describe(source.format().sampleRate(), outputRate, checkedHeadroom(headroomDb)));
        PcmFormat in = source.format();
        this.inputRate = in.sampleRate();
        double gain = Math.pow(10, headroomDb / 20) * Math.scalb(1.0, PcmFormat.MAX_BITS - in.bitsPerSample());

        this.input = new DeinterleavedInput(source, CHUNK_FRAMES);
        FrameSupply supply = input;
        ConversionStage stage = null;
        for (StageSpec spec : ConversionPlan.stages(inputRate, outputRate, gain)) {
            stage = switch (spec.method()) {
                case POLYPHASE -> new PolyphaseStage(supply, PolyphaseFilters.forSpec(spec), in.channels(), CHUNK_FRAMES);
                case HALF_BAND -> new HalfBandDecimator(supply, HalfBandDecimator.designFor(spec), in.channels(), CHUNK_FRAMES);
                case FFT -> new FftDecimator(supply, FftDecimator.designFor(spec), in.channels());
            };
            supply = stage;
        }
        this.output = stage;
        this.block = new double[in.channels()][CHUNK_FRAMES];
        this.declaredInputFrames = source.remainingFrames();
    }

    private static int checkedRate(PcmSource source, int outputRate) {
        if (outputRate <= 0) {
            throw new IllegalArgumentException("Output sample rate must be positive: " + outputRate);
        }
        if (outputRate == source.format().sampleRate()) {
            throw new IllegalArgumentException("Nothing to resample: the source is already at " + outputRate + " Hz");
        }
        return outputRate;
    }

    private static double checkedHeadroom(double headroomDb) {
        if (!(headroomDb <= 0 && headroomDb >= MIN_HEADROOM_DB)) {
            throw new IllegalArgumentException("Headroom must be between " + MIN_HEADROOM_DB + " and 0 dB: " + headroomDb);
        }
        return headroomDb;
    }

    private static String describe(int inputRate, int outputRate, double headroomDb) {
        String headroom = headroomDb == 0 ? "" : String.format(Locale.ROOT, ", headroom %s%.2f dB", "\u2212", -headroomDb);
        return "resample " + inputRate + "\u2192" + outputRate + " (sinc, linear phase" + headroom + ")";
    }

    @Override
    public long remainingFrames() {
        long total = totalFrames();
        return total < 0 ? -1 : total - framesDelivered;
    }

    /** The output's length once the input's is known: {@code N·out/in} rounded to nearest, halves up. */
    private long totalFrames() {
        long inputFrames = input.ended() ? input.framesRead() : declaredInputFrames;
        if (inputFrames < 0) {
            return -1;
        }
        long numerator = 2 * inputFrames * format().sampleRate() + inputRate;
        return numerator / (2L * inputRate);
    }

    @Override
    public int read(int[] buffer, int maxFrames) throws IOException {
        long total = totalFrames();
        if (total >= 0) {
            output.limitOutput(total);
        }
        int frames = output.read(block, 0, Math.min(maxFrames, CHUNK_FRAMES));
        total = totalFrames();
        if (total >= 0) {
            output.limitOutput(total);
            frames = (int) Math.min(frames, total - framesDelivered);
        }
        if (frames <= 0) {
            return -1;
        }
        int channels = block.length;
        for (int c = 0; c < channels; c++) {
            double[] channel = block[c];
            for (int i = 0, j = c; i < frames; i++, j += channels) {
                // The narrowing conversion saturates at Integer.MIN_VALUE and MAX_VALUE: overs clamp, never wrap.
                buffer[j] = (int) Math.rint(channel[i]);
            }
        }
        framesDelivered += frames;
        return frames;
    }
}
