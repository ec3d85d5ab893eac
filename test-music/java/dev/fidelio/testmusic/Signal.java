package dev.fidelio.testmusic;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.function.LongToDoubleFunction;

/**
 * A synthetic test signal for one channel. Values are computed with {@link StrictMath} so that every JVM renders
 * exactly the same samples; {@link SignalRenderer} turns them into integer PCM.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Signal.Sine.class, name = "sine"),
    @JsonSubTypes.Type(value = Signal.TwoTone.class, name = "twotone"),
    @JsonSubTypes.Type(value = Signal.Sweep.class, name = "sweep"),
    @JsonSubTypes.Type(value = Signal.Silence.class, name = "silence")
})
public sealed interface Signal {

    /**
     * The signal laid out over {@code length} samples at {@code sampleRate}: sample index → fraction of full scale
     * (a two-tone may exceed ±1; the renderer clips).
     */
    LongToDoubleFunction samples(int sampleRate, long length);

    record Sine(double frequencyHz, double amplitudeDbfs) implements Signal {
        @Override
        public LongToDoubleFunction samples(int sampleRate, long length) {
            double gain = gain(amplitudeDbfs);
            return n -> gain * tone(frequencyHz, n, sampleRate);
        }
    }

    /** Two sines, each at {@code amplitudeDbfs}, so the peak is up to 6 dB higher. */
    record TwoTone(double frequencyHz, double secondFrequencyHz, double amplitudeDbfs) implements Signal {
        @Override
        public LongToDoubleFunction samples(int sampleRate, long length) {
            double gain = gain(amplitudeDbfs);
            return n -> gain * (tone(frequencyHz, n, sampleRate) + tone(secondFrequencyHz, n, sampleRate));
        }
    }

    /** Exponential (logarithmic) sweep over the whole track; {@code fromHz} may be above {@code toHz}. */
    record Sweep(double fromHz, double toHz, double amplitudeDbfs) implements Signal {
        public Sweep {
            if (fromHz <= 0 || toHz <= 0 || fromHz == toHz) {
                throw new IllegalArgumentException("A sweep needs two different positive frequencies: " + fromHz + " → " + toHz);
            }
        }

        @Override
        public LongToDoubleFunction samples(int sampleRate, long length) {
            double gain = gain(amplitudeDbfs);
            double duration = (double) length / sampleRate;
            double logRatio = StrictMath.log(toHz / fromHz);
            double phaseScale = 2 * StrictMath.PI * fromHz * duration / logRatio;
            return n -> gain * StrictMath.sin(phaseScale * (StrictMath.exp((double) n / length * logRatio) - 1));
        }
    }

    /** Digital silence: every sample is exactly zero. */
    record Silence() implements Signal {
        @Override
        public LongToDoubleFunction samples(int sampleRate, long length) {
            return n -> 0;
        }
    }

    /** The phase is reduced to one cycle with an exact floating-point remainder, which keeps StrictMath.sin fast. */
    private static double tone(double frequencyHz, long n, int sampleRate) {
        return StrictMath.sin(2 * StrictMath.PI * ((frequencyHz * n) % sampleRate) / sampleRate);
    }

    private static double gain(double dbfs) {
        return StrictMath.pow(10, dbfs / 20);
    }
}
