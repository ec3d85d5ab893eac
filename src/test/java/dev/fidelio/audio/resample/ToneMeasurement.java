package dev.fidelio.audio.resample;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.analysis.ArraySource;
import dev.fidelio.audio.analysis.CoherentSpectrum;
import dev.fidelio.audio.analysis.Pcm;
import java.io.IOException;
import java.util.function.Function;

/**
 * Puts one 32-bit sine through a converter and analyses the output coherently: the tone's frequency is chosen so that
 * the output's analysis block holds a whole number of its cycles (or, for a tone above the output's Nyquist
 * frequency, of the cycles of its alias). The block starts after the start-up transient and ends before the end.
 */
final class ToneMeasurement {

    static final int BLOCK = 32768;
    static final int SKIP = 4096;
    static final double FULL_SCALE = 0x1p31;

    final int inputRate;
    final int outputRate;

    ToneMeasurement(int inputRate, int outputRate) {
        this.inputRate = inputRate;
        this.outputRate = outputRate;
    }

    /** The result of one tone: where it landed in the output and what came with it. */
    record Result(double frequency, int bin, double levelDbfs, double gainDb, double phaseError, double residualDbfs) {

        /** What the converter added, relative to the tone it was given. */
        double residualBelowToneDb() {
            return levelDbfs - residualDbfs;
        }
    }

    /** The output bin nearest {@code frequency} (or, above the output's Nyquist frequency, nearest its alias). */
    int binNear(double frequency) {
        double folded = frequency % outputRate;
        folded = Math.min(folded, outputRate - folded);
        return (int) Math.round(folded * BLOCK / outputRate);
    }

    /** A tone at {@code levelDbfs} whose output (or alias) lands exactly on the bin nearest {@code frequency}. */
    Result measure(double frequency, double levelDbfs) throws IOException {
        return measure(frequency, levelDbfs, source -> new Resampler(source, outputRate));
    }

    Result measure(double frequency, double levelDbfs, Function<PcmSource, PcmSource> converter) throws IOException {
        int bin = binNear(frequency);
        double binFrequency = CoherentSpectrum.binFrequency(bin, BLOCK, outputRate);
        double exact = frequency < outputRate / 2.0 ? binFrequency : aliasOf(frequency, binFrequency);
        double amplitude = FULL_SCALE * Pcm.fromDb(levelDbfs);
        double phase = 0.3;
        int inputFrames = (int) Math.ceil((2.0 * SKIP + BLOCK) * inputRate / outputRate);
        int[] input = Pcm.sine(inputFrames, exact, inputRate, amplitude, phase);
        int[] output = Pcm.readAll(converter.apply(new ArraySource(new PcmFormat(inputRate, 32, 1), input)), 4096);
        CoherentSpectrum spectrum = CoherentSpectrum.of(output, SKIP, BLOCK, FULL_SCALE);

        double level = Pcm.toDb(spectrum.amplitude(bin));
        double expectedPhase = phase + 2 * Math.PI * exact * SKIP / outputRate;
        double phaseError = Math.IEEEremainder(spectrum.sinePhase(bin) - expectedPhase, 2 * Math.PI);
        boolean passes = exact < outputRate / 2.0;
        double residual = passes ? spectrum.residualDbfs(bin) : spectrum.residualDbfs();
        return new Result(exact, bin, level, level - levelDbfs, phaseError, residual);
    }

    /** The frequency near {@code frequency} whose alias in the output is {@code binFrequency}. */
    private double aliasOf(double frequency, double binFrequency) {
        double image = Math.round(frequency / outputRate) * (double) outputRate;
        return frequency >= image ? image + binFrequency : image - binFrequency;
    }
}
