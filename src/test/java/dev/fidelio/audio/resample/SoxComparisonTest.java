package dev.fidelio.audio.resample;

import static dev.fidelio.audio.resample.ResamplerQualityTest.linearlySpaced;
import static dev.fidelio.audio.resample.ResamplerQualityTest.logSpaced;
import static dev.fidelio.audio.resample.ResamplerQualityTest.report;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.analysis.ArraySource;
import dev.fidelio.audio.analysis.Pcm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our resampler against SoX's best ({@code rate -v -L}), measured with the same analysis. */
class SoxComparisonTest {

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"96000, 44100", "44100, 96000"})
    void passbandIsAtLeastAsFlatAsSoxs(int inputRate, int outputRate) throws IOException {
        SoxRate sox = new SoxRate(directory);
        ToneMeasurement measurement = new ToneMeasurement(inputRate, outputRate);
        double[] frequencies = logSpaced(20, 20_000, 16);
        double ours = ripple(frequencies, f -> measurement.measure(f, -1).gainDb());
        double theirs = ripple(frequencies, f -> measurement.measure(f, -1, s -> sox.convert(s, outputRate)).gainDb());
        report("%d→%d ripple to 20 kHz: ours %.2e dB, SoX %.2e dB", inputRate, outputRate, ours, theirs);

        assertThat(ours).isLessThanOrEqualTo(theirs);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"96000, 44100", "44100, 96000"})
    void rejectsAliasesAndImagesAtLeastAsWellAsSox(int inputRate, int outputRate) throws IOException {
        SoxRate sox = new SoxRate(directory);
        ToneMeasurement measurement = new ToneMeasurement(inputRate, outputRate);
        Function<PcmSource, PcmSource> soxConverter = s -> sox.convert(s, outputRate);
        double[] frequencies = inputRate > outputRate
                ? linearlySpaced(outputRate / 2.0 + 5, inputRate / 2.0 - 5, 16)
                : linearlySpaced(20, 20_000, 16);
        double ours = Double.POSITIVE_INFINITY;
        double theirs = Double.POSITIVE_INFINITY;
        for (double frequency : frequencies) {
            ours = Math.min(ours, -1 - measurement.measure(frequency, -1).residualDbfs());
            theirs = Math.min(theirs, -1 - measurement.measure(frequency, -1, soxConverter).residualDbfs());
        }
        report("%d→%d worst %s rejection: ours %.1f dB, SoX %.1f dB", inputRate, outputRate,
                inputRate > outputRate ? "alias" : "image", ours, theirs);

        assertThat(ours).isGreaterThanOrEqualTo(theirs);
    }

    /**
     * Both add no delay and give the same length, so on a signal in the band where both are flat the two outputs must
     * be the same signal, sample for sample. That band ends at 12.6 kHz: SoX's passband then starts to droop (−0.002 dB
     * at 20 kHz, {@link #passbandIsAtLeastAsFlatAsSoxs}), which alone would make the difference −105 dBFS.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"96000, 44100", "44100, 96000", "192000, 44100", "44100, 48000"})
    void agreesWithSoxSampleForSampleInThePassband(int inputRate, int outputRate) throws IOException {
        int frames = 3 * inputRate / 4 + 17;
        double[] frequencies = {31.5, 440, 1234.5, 3000.7, 5000.25, 9999, 12_500};
        int[] input = new int[frames];
        for (int i = 0; i < frequencies.length; i++) {
            int[] tone = Pcm.sine(frames, frequencies[i], inputRate, 0x1p31 * Pcm.fromDb(-20), i);
            for (int n = 0; n < frames; n++) {
                input[n] += tone[n];
            }
        }
        PcmFormat format = new PcmFormat(inputRate, 32, 1);
        int[] ours = Pcm.readAll(new Resampler(new ArraySource(format, input), outputRate), 4096);
        int[] theirs = Pcm.readAll(new SoxRate(directory).convert(new ArraySource(format, input), outputRate), 4096);

        assertThat(ours).hasSameSizeAs(theirs);
        // Away from the ends, where a sudden start is not band-limited and the two filters ring differently.
        int margin = outputRate / 50;
        double differencePower = 0;
        for (int k = margin; k < ours.length - margin; k++) {
            double difference = ((double) ours[k] - theirs[k]) / 0x1p31;
            differencePower += difference * difference;
        }
        double differenceDbfs = 10 * Math.log10(2 * differencePower / (ours.length - 2 * margin));
        report("%d→%d difference from SoX on a multitone to 12.5 kHz: %.1f dBFS", inputRate, outputRate, differenceDbfs);

        assertThat(differenceDbfs).isLessThan(-160);
    }

    private interface Measure {
        double at(double frequency) throws IOException;
    }

    private static double ripple(double[] frequencies, Measure gain) throws IOException {
        double highest = Double.NEGATIVE_INFINITY;
        double lowest = Double.POSITIVE_INFINITY;
        for (double frequency : frequencies) {
            double value = gain.at(frequency);
            highest = Math.max(highest, value);
            lowest = Math.min(lowest, value);
        }
        return highest - lowest;
    }
}
