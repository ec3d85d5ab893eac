package dev.fidelio.audio.dither;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.analysis.ArraySource;
import dev.fidelio.audio.analysis.CoherentSpectrum;
import dev.fidelio.audio.analysis.Pcm;
import java.io.IOException;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RequantizerTest {

    private static final PcmFormat CD_24 = new PcmFormat(44_100, 24, 2);

    @Test
    void leavesSamplesBitIdenticalAndAddsNoStepWhenNothingChanges() throws IOException {
        int[] input = noise(10_000 * 2, 1 << 23);
        ArraySource source = new ArraySource(CD_24, input.clone());
        Requantizer requantizer = new Requantizer(source, 24);

        assertThat(requantizer.format()).isEqualTo(CD_24);
        assertThat(requantizer.signalPath()).containsExactly("test 24/44.1");
        assertThat(Pcm.readAll(requantizer, 999)).isEqualTo(input);
        assertThat(source.closed()).isTrue();
    }

    @Test
    void widensExactlyWithoutDither() throws IOException {
        int[] input = noise(1000, 1 << 15);
        Requantizer requantizer = new Requantizer(new ArraySource(new PcmFormat(48_000, 16, 1), input.clone()), 24);

        int[] output = Pcm.readAll(requantizer, 100);
        for (int i = 0; i < input.length; i++) {
            assertThat(output[i]).isEqualTo(input[i] << 8);
        }
        assertThat(requantizer.signalPath()).containsExactly("test 16/48", "pad 16→24 (exact)");
    }

    /**
     * The defining property of TPDF dither: for every input, whatever its position between two output steps, the
     * error has mean 0 and power ¼ LSB² (rounding's 1/12 plus the dither's 1/6). Truncation would fail the mean,
     * rectangular dither or plain rounding the power. The error never exceeds ±1.5 LSB.
     */
    @Test
    void errorHasTheSameMeanAndPowerWhereverTheInputFallsBetweenSteps() throws IOException {
        int repeats = 4000;
        int[] input = new int[256 * repeats];
        for (int i = 0; i < input.length; i++) {
            input[i] = 1000 * 256 + i % 256;
        }
        int[] output = requantize(input, new PcmFormat(44_100, 24, 1), 16, Gain.NONE);

        for (int fraction = 0; fraction < 256; fraction++) {
            double sum = 0;
            double sumOfSquares = 0;
            for (int i = fraction; i < input.length; i += 256) {
                double error = output[i] - input[i] / 256.0;
                assertThat(Math.abs(error)).isLessThan(1.5);
                sum += error;
                sumOfSquares += error * error;
            }
            assertThat(sum / repeats).as("mean error at %d/256 LSB", fraction).isCloseTo(0, offset(0.04));
            assertThat(sumOfSquares / repeats).as("error power at %d/256 LSB", fraction).isCloseTo(0.25, offset(0.03));
        }
    }

    /** On inputs that fall exactly on an output step, the error is the rounded dither: −1, 0, +1 with ⅛, ¾, ⅛. */
    @Test
    void ditherSpansOneLsbEitherSideWithATriangularDistribution() throws IOException {
        int[] input = new int[400_000];
        for (int i = 0; i < input.length; i++) {
            input[i] = (i % 1000 - 500) * 256;
        }
        int[] output = requantize(input, new PcmFormat(44_100, 24, 1), 16, Gain.NONE);

        int[] counts = new int[3];
        for (int i = 0; i < input.length; i++) {
            int error = output[i] - input[i] / 256;
            assertThat(error).isBetween(-1, 1);
            counts[error + 1]++;
        }
        assertThat(counts[0] / (double) input.length).isCloseTo(0.125, offset(0.003));
        assertThat(counts[1] / (double) input.length).isCloseTo(0.75, offset(0.003));
        assertThat(counts[2] / (double) input.length).isCloseTo(0.125, offset(0.003));
    }

    @Test
    void errorIsUncorrelatedWithTheSignal() throws IOException {
        int[] input = Pcm.sine(1 << 20, 997, 44_100, 0x1p23 * Pcm.fromDb(-20), 0);
        int[] output = requantize(input, new PcmFormat(44_100, 24, 1), 16, Gain.NONE);

        double crossSum = 0;
        double signalPower = 0;
        double errorPower = 0;
        for (int i = 0; i < input.length; i++) {
            double signal = input[i] / 256.0;
            double error = output[i] - signal;
            crossSum += signal * error;
            signalPower += signal * signal;
            errorPower += error * error;
        }
        double correlation = crossSum / Math.sqrt(signalPower * errorPower);
        assertThat(Math.abs(correlation)).isLessThan(0.005);
    }

    /**
     * A −100 dBFS tone, a third of a 16-bit step, survives requantization as a clean tone in a white noise floor at the
     * theoretical TPDF level: ¼ LSB² against a full-scale sine's (2^15)²/2, i.e. −93.3 dBFS, with no harmonics.
     */
    @Test
    void aTinyToneSurvivesInTheTheoreticalNoiseFloor() throws IOException {
        int block = 1 << 16;
        int bin = (int) Math.round(1000.0 * block / 44_100);
        double frequency = CoherentSpectrum.binFrequency(bin, block, 44_100);
        int[] input = Pcm.sine(block, frequency, 44_100, 0x1p31 * Pcm.fromDb(-100), 0);
        int[] output = requantize(input, new PcmFormat(44_100, 32, 1), 16, Gain.NONE);

        CoherentSpectrum spectrum = CoherentSpectrum.of(output, 0, block, 0x1p15);
        double theoretical = 10 * Math.log10(0.25 / (0x1p30 / 2));
        double floor = spectrum.residualDbfs(bin);
        System.out.println(String.format(Locale.ROOT,
                "−100 dBFS tone to 16 bits: tone %.2f dBFS, noise %.2f dBFS (TPDF theory %.2f dBFS)",
                Pcm.toDb(spectrum.amplitude(bin)), floor, theoretical));

        assertThat(Pcm.toDb(spectrum.amplitude(bin))).isCloseTo(-100, offset(0.5));
        assertThat(floor).isCloseTo(theoretical, offset(0.3));
        double noisePerBin = theoretical - 10 * Math.log10(block / 2.0);
        for (int harmonic = 2; harmonic <= 9; harmonic++) {
            assertThat(Pcm.toDb(spectrum.amplitude(harmonic * bin))).as("harmonic %d", harmonic).isLessThan(noisePerBin + 12);
        }
    }

    @Test
    void appliesGainBeforeDitherAndDescribesBoth() throws IOException {
        int block = 1 << 14;
        int bin = 372;
        int[] input = Pcm.sine(block, CoherentSpectrum.binFrequency(bin, block, 44_100), 44_100, 0x1p23 * Pcm.fromDb(-10), 0);
        Gain gain = new Gain(-6.2, "ReplayGain track");
        ArraySource source = new ArraySource(new PcmFormat(44_100, 24, 1), input);
        Requantizer requantizer = new Requantizer(source, 16, gain, TpdfNoise.seeded(1));

        assertThat(requantizer.signalPath()).containsExactly("test 24/44.1", "gain −6.20 dB (ReplayGain track) → TPDF dither 24→16");
        CoherentSpectrum spectrum = CoherentSpectrum.of(Pcm.readAll(requantizer, 1000), 0, block, 0x1p15);
        assertThat(Pcm.toDb(spectrum.amplitude(bin))).isCloseTo(-16.2, offset(0.01));
    }

    @Test
    void gainAtTheSameDepthStillDithers() throws IOException {
        ArraySource source = new ArraySource(CD_24, new int[2000]);
        Requantizer requantizer = new Requantizer(source, 24, new Gain(-3, ""), TpdfNoise.seeded(1));

        assertThat(requantizer.signalPath()).containsExactly("test 24/44.1", "gain −3.00 dB → TPDF dither 24→24");
        assertThat(Pcm.readAll(requantizer, 1000)).containsAnyOf(-1, 1);
    }

    @Test
    void gainPastFullScaleClampsInsteadOfWrapping() throws IOException {
        int[] input = {(1 << 23) - 1, -(1 << 23), 1 << 22, -(1 << 22), 0};
        int[] output = requantize(input, new PcmFormat(44_100, 24, 1), 16, new Gain(12, "test"));

        assertThat(output).containsExactly(32767, -32768, 32767, -32768, output[4]);
        assertThat(output[4]).isBetween(-1, 1);
    }

    @Test
    void aSeedMakesTheOutputRepeatable() throws IOException {
        int[] input = noise(10_000, 1 << 23);
        PcmFormat mono = new PcmFormat(44_100, 24, 1);
        int[] first = Pcm.readAll(new Requantizer(new ArraySource(mono, input.clone()), 16, Gain.NONE, TpdfNoise.seeded(3)), 512);
        int[] second = Pcm.readAll(new Requantizer(new ArraySource(mono, input.clone()), 16, Gain.NONE, TpdfNoise.seeded(3)), 512);
        int[] other = Pcm.readAll(new Requantizer(new ArraySource(mono, input.clone()), 16, Gain.NONE, TpdfNoise.seeded(4)), 512);

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void keepsTheSourcesLengthAndEnd() throws IOException {
        ArraySource source = new ArraySource(CD_24, new int[300 * 2]);
        Requantizer requantizer = new Requantizer(source, 16);

        assertThat(requantizer.format()).isEqualTo(new PcmFormat(44_100, 16, 2));
        assertThat(requantizer.remainingFrames()).isEqualTo(300);
        assertThat(requantizer.read(new int[2000], 1000)).isEqualTo(300);
        assertThat(requantizer.remainingFrames()).isZero();
        assertThat(requantizer.read(new int[2000], 1000)).isEqualTo(-1);
        requantizer.close();
        assertThat(source.closed()).isTrue();
    }

    @Test
    void rejectsWhatItCannotDo() {
        ArraySource source = new ArraySource(CD_24, new int[0]);
        assertThatThrownBy(() -> new Requantizer(source, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 8 and 32");
        assertThatThrownBy(() -> new Requantizer(source, 33)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Gain(Double.NaN, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Gain(-100, "")).isInstanceOf(IllegalArgumentException.class);
    }

    private static int[] requantize(int[] input, PcmFormat format, int bits, Gain gain) throws IOException {
        return Pcm.readAll(new Requantizer(new ArraySource(format, input), bits, gain, TpdfNoise.seeded(11)), 4096);
    }

    private static int[] noise(int samples, int amplitude) {
        SplittableRandom random = new SplittableRandom(5);
        int[] values = new int[samples];
        for (int i = 0; i < samples; i++) {
            values[i] = random.nextInt(-amplitude, amplitude);
        }
        return values;
    }
}
