package dev.fidelio.audio.dsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.decode.Decoders;
import dev.fidelio.audio.decode.TestPcm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DsdToPcmDecoderTest {

    private static final int DSD64 = 2_822_400;
    private static final int OUTPUT_RATE = 176_400;
    private static final double HALF_MODULATION = 0.5;
    private static final double MINUS_6_DB = 20 * Math.log10(HALF_MODULATION);
    private static final int FFT_LENGTH = 1 << 15;
    private static final int SETTLE_FRAMES = 4096;

    @TempDir
    static Path dir;

    private static byte[][] dsd;
    private static Path dsf;

    /** A 1 kHz sine at 50 % modulation (SACD's 0 dB, −6 dB re full modulation) on the left, silence on the right. */
    @BeforeAll
    static void modulate() throws IOException {
        int bits = 16 * (SETTLE_FRAMES + FFT_LENGTH + 1000);
        dsd = new byte[][] {
            DeltaSigmaModulator.encode(DeltaSigmaModulator.sine(1000, HALF_MODULATION, DSD64, bits)),
            DeltaSigmaModulator.encode(new double[bits])
        };
        dsf = DsdTestFiles.dsf(dir.resolve("tone.dsf"), dsd, DSD64);
    }

    @Test
    void aToneComesOutAtItsFrequencyAndLevelWithTheModulatorsNoiseRemovedAboveTheAudioBand() throws IOException {
        double[] left;
        try (PcmSource source = Decoders.open(dsf, 0)) {
            assertThat(source.format().sampleRate()).isEqualTo(OUTPUT_RATE);
            assertThat(source.format().bitsPerSample()).isEqualTo(24);
            assertThat(source.format().channels()).isEqualTo(2);
            assertThat(source.signalPath()).containsExactly("DSD64 (DSF) → PCM 24/176.4 (decimation filter)");
            left = channel(TestPcm.readAll(source), 0, 2);
        }
        assertThat(left).hasSize(dsd[0].length / 2);
        Spectrum pcm = new Spectrum(left, SETTLE_FRAMES, FFT_LENGTH, OUTPUT_RATE);
        double tone = pcm.band(950, 1050);
        double audioNoise = pcm.bandWithout(20, 20_000, 1000, 60);
        double ultrasonicNoise = pcm.band(50_000, OUTPUT_RATE / 2.0);

        Spectrum modulator = new Spectrum(DeltaSigmaModulator.bipolar(dsd[0], 16 * SETTLE_FRAMES, 1 << 19), 0, 1 << 19, DSD64);
        double modulatorUltrasonic = modulator.band(50_000, OUTPUT_RATE / 2.0);
        double modulatorAudioNoise = modulator.bandWithout(20, 20_000, 1000, 60);
        System.out.printf("DSD64→PCM: tone %.3f dBFS at %.1f Hz; SNR 20 Hz–20 kHz %.1f dB (modulator alone %.1f dB);"
                        + " 50–88.2 kHz noise %.1f dBFS, %.1f dB below the modulator's%n",
                Spectrum.db(tone / 0.5), pcm.peakHz(), Spectrum.db(tone / audioNoise),
                Spectrum.db(modulator.band(950, 1050) / modulatorAudioNoise), Spectrum.db(ultrasonicNoise / 0.5),
                Spectrum.db(modulatorUltrasonic / ultrasonicNoise));

        assertThat(pcm.peakHz()).isCloseTo(1000, within(6.0));
        assertThat(Spectrum.db(tone / 0.5)).isCloseTo(MINUS_6_DB, within(0.05));
        // A second-order modulator manages about 71 dB at DSD64; the filter must not lose any of it to aliasing.
        double modulatorSnr = Spectrum.db(modulator.band(950, 1050) / modulatorAudioNoise);
        assertThat(Spectrum.db(tone / audioNoise)).isGreaterThan(65).isCloseTo(modulatorSnr, within(0.5));
        assertThat(Spectrum.db(modulatorUltrasonic / ultrasonicNoise)).isGreaterThan(80);
        assertThat(Spectrum.db(ultrasonicNoise / 0.5)).isLessThan(-125);
    }

    @Test
    void silenceStaysSilent() throws IOException {
        try (PcmSource source = Decoders.open(dsf, 0)) {
            double[] right = channel(TestPcm.readAll(source), 1, 2);
            double rms = Math.sqrt(Arrays.stream(right, SETTLE_FRAMES, right.length).map(x -> x * x).average().orElseThrow());
            assertThat(20 * Math.log10(rms * Math.sqrt(2))).isLessThan(-100);
        }
    }

    @Test
    void seekingGivesExactlyTheSamplesOfAFullDecode() throws IOException {
        int[] all;
        try (PcmSource source = DsdToPcmDecoder.open(dsf, 0)) {
            all = TestPcm.readAll(source);
        }
        int frames = all.length / 2;
        for (long start : new long[] {1, 33, 62, 63, 64, 255, 256, 257, frames / 2, frames - 40, frames - 1, frames}) {
            try (PcmSource source = DsdToPcmDecoder.open(dsf, start)) {
                assertThat(source.remainingFrames()).isEqualTo(frames - start);
                assertThat(TestPcm.readAll(source)).as("from frame %d", start)
                        .isEqualTo(Arrays.copyOfRange(all, (int) start * 2, all.length));
            }
        }
    }

    @Test
    void dffGivesTheSameSamplesAsDsf() throws IOException {
        Path dff = DsdTestFiles.dff(dir.resolve("tone.dff"), dsd, DSD64, "DSD ");
        try (PcmSource fromDsf = Decoders.open(dsf, 1000); PcmSource fromDff = Decoders.open(dff, 1000)) {
            assertThat(fromDff.signalPath()).containsExactly("DSD64 (DFF) → PCM 24/176.4 (decimation filter)");
            assertThat(TestPcm.readAll(fromDff)).isEqualTo(TestPcm.readAll(fromDsf));
        }
    }

    @Test
    void dsd128AndDsd256AlsoComeOutAt176kHzWithTheToneInPlace() throws IOException {
        for (int multiple : new int[] {2, 4}) {
            int rate = DSD64 * multiple;
            int bits = 16 * multiple * (SETTLE_FRAMES + FFT_LENGTH + 100);
            byte[][] tone = {DeltaSigmaModulator.encode(DeltaSigmaModulator.sine(1000, HALF_MODULATION, rate, bits))};
            Path file = DsdTestFiles.dsf(dir.resolve("dsd" + 64 * multiple + ".dsf"), tone, rate);
            try (PcmSource source = Decoders.open(file, 0)) {
                assertThat(source.format().sampleRate()).isEqualTo(OUTPUT_RATE);
                assertThat(source.signalPath()).containsExactly("DSD" + 64 * multiple + " (DSF) → PCM 24/176.4 (decimation filter)");
                double[] pcm = channel(TestPcm.readAll(source), 0, 1);
                Spectrum spectrum = new Spectrum(pcm, SETTLE_FRAMES, FFT_LENGTH, OUTPUT_RATE);
                assertThat(spectrum.peakHz()).isCloseTo(1000, within(6.0));
                assertThat(Spectrum.db(spectrum.band(950, 1050) / 0.5)).isCloseTo(MINUS_6_DB, within(0.05));
                assertThat(Spectrum.db(spectrum.band(950, 1050) / spectrum.bandWithout(20, 20_000, 1000, 60))).isGreaterThan(75);
            }
        }
    }

    /** One channel as fractions of 24-bit full scale. */
    private static double[] channel(int[] interleaved, int channel, int channels) {
        double[] out = new double[interleaved.length / channels];
        for (int i = 0; i < out.length; i++) {
            out[i] = interleaved[i * channels + channel] / (double) (1 << 23);
        }
        return out;
    }
}
