package dev.fidelio.bench.audio;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.resample.Resampler;
import java.io.IOException;
import java.util.Locale;

/**
 * How many times faster than real time one thread resamples stereo 24-bit audio (white noise, so no input is
 * cheaper than music), for the conversions the streaming engine does most. Each case is warmed up, then timed over
 * whole passes of a 60-second stream until about {@value #MEASURE_SECONDS} s of wall time have passed. The figure
 * divides the audio's duration by the CPU time the measuring thread was given, so that other processes competing
 * for the cores do not count against the resampler; the wall-clock figure is printed beside it.
 *
 * <p>Usage: {@code java -cp target/classes:target/test-classes dev.fidelio.bench.audio.ResamplerBenchmark}
 */
public final class ResamplerBenchmark {

    private static final int STREAM_SECONDS = 60;
    private static final double WARM_UP_SECONDS = 3;
    private static final double MEASURE_SECONDS = 5;
    private static final int[][] CASES = {{192_000, 44_100}, {96_000, 44_100}, {96_000, 48_000}, {44_100, 96_000}};

    private ResamplerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.out.printf(Locale.ROOT, "Resampler, stereo 24-bit, one thread, %s %s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        for (int[] rates : CASES) {
            run(rates[0], rates[1], WARM_UP_SECONDS);
            double[] realTime = run(rates[0], rates[1], MEASURE_SECONDS);
            System.out.printf(Locale.ROOT, "%6d → %6d Hz: %6.1f× real time per CPU second (%.1f× per wall second)%n",
                    rates[0], rates[1], realTime[0], realTime[1]);
        }
    }

    /** Converts whole streams until {@code seconds} of wall time have passed. */
    private static double[] run(int inputRate, int outputRate, double seconds) throws IOException {
        int[] buffer = new int[4096 * 2];
        RealTimeMeter.Result result = RealTimeMeter.measure(STREAM_SECONDS, seconds, () -> {
            long checksum = 0;
            try (Resampler resampler = new Resampler(new NoiseSource(new PcmFormat(inputRate, 24, 2), STREAM_SECONDS, 1), outputRate)) {
                for (int frames; (frames = resampler.read(buffer, 4096)) > 0; ) {
                    checksum += buffer[0];
                }
            }
            return checksum;
        });
        return new double[] {result.perCpuSecond(), result.perWallSecond()};
    }
}
