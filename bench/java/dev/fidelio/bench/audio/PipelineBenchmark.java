package dev.fidelio.bench.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import dev.fidelio.audio.PcmEncoder;
import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.PositionedPcmSource;
import dev.fidelio.audio.decode.Decoders;
import dev.fidelio.audio.encode.flac.FlacEncoder;
import dev.fidelio.audio.pipeline.ConversionChain;
import dev.fidelio.audio.pipeline.ConversionTarget;

/**
 * The streaming engine's conversions end to end on one thread: a real FLAC file decoded, converted and encoded to
 * FLAC, with the output thrown away; and each stage's share (decode alone, decode and convert). The source is
 * music-like: a few tones under noise at about −20 dBFS, so the encoders do not meet silence or pure noise.
 *
 * <p>Usage: {@code ./mvnw -Pbench -Dbench.main=dev.fidelio.bench.audio.PipelineBenchmark}
 */
public final class PipelineBenchmark {

    private static final int SECONDS = 30;
    private static final double WARM_UP = 4;
    private static final double MEASURE = 6;

    private record Case(PcmFormat source, int rate, int bits) {
    }

    private static final List<Case> CASES = List.of(
            new Case(new PcmFormat(192_000, 24, 2), 44_100, 16),
            new Case(new PcmFormat(96_000, 24, 2), 48_000, 24),
            new Case(new PcmFormat(44_100, 16, 2), 96_000, 24));

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("fidelio-pipeline");
        try {
            System.out.printf(Locale.ROOT, "FLAC → FLAC, stereo, one thread, %s %s (× real time per CPU second)%n",
                    System.getProperty("java.vm.name"), System.getProperty("java.version"));
            System.out.println("| conversion | decode | decode + convert | full pipeline | signal path |");
            System.out.println("|---|---|---|---|---|");
            for (Case c : CASES) {
                Path file = dir.resolve(c.source().shortForm().replace('/', '-') + ".flac");
                writeSource(file, c.source());
                ConversionTarget target = new ConversionTarget(c.rate(), c.bits(), null, 24, null, 0);
                double decode = measure(() -> drain(Decoders.open(file, 0)));
                double convert = measure(() -> drain(ConversionChain.build(Decoders.open(file, 0), target)));
                double full = measure(() -> encode(ConversionChain.build(Decoders.open(file, 0), target)));
                String path;
                try (PcmSource chain = ConversionChain.build(Decoders.open(file, 0), target)) {
                    path = String.join(" → ", chain.signalPath()) + " → " + new FlacEncoder().describe(chain.format());
                }
                System.out.printf(Locale.ROOT, "| %s → %s | %.0f× | %.0f× | **%.0f×** | %s |%n", c.source().shortForm(),
                        new PcmFormat(c.rate(), c.bits(), 2).shortForm(), decode, convert, full, path);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static double measure(RealTimeMeter.Pass pass) throws IOException {
        RealTimeMeter.measure(SECONDS, WARM_UP, pass);
        return RealTimeMeter.measure(SECONDS, MEASURE, pass).perCpuSecond();
    }

    private static long drain(PcmSource source) throws IOException {
        long checksum = 0;
        try (source) {
            int[] buffer = new int[4096 * source.format().channels()];
            for (int frames; (frames = source.read(buffer, 4096)) > 0; ) {
                checksum += buffer[frames - 1];
            }
        }
        return checksum;
    }

    private static long encode(PcmSource source) throws IOException {
        CountingSink out = new CountingSink();
        try (source) {
            new FlacEncoder().encode(source, out);
        }
        return out.bytes;
    }

    private static void writeSource(Path file, PcmFormat format) throws IOException {
        PcmEncoder encoder = new FlacEncoder();
        try (OutputStream out = Files.newOutputStream(file); PcmSource music = new MusicLikeSource(format, SECONDS)) {
            encoder.encode(music, out);
        }
    }

    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    /** Three tones and some noise, around −20 dBFS: compresses and converts like a quiet acoustic recording. */
    private static final class MusicLikeSource extends PositionedPcmSource {
        private final SplittableRandom random = new SplittableRandom(7);
        private final double scale;

        MusicLikeSource(PcmFormat format, int seconds) {
            super(format, (long) format.sampleRate() * seconds, 0);
            this.scale = format.maxSample() * 0.1;
        }

        @Override
        protected int readFrames(int[] buffer, int maxFrames) {
            PcmFormat format = format();
            double rate = format.sampleRate();
            long position = position();
            for (int f = 0; f < maxFrames; f++, position++) {
                double t = position / rate;
                double tones = Math.sin(2 * Math.PI * 220 * t) + 0.5 * Math.sin(2 * Math.PI * 1375 * t)
                        + 0.25 * Math.sin(2 * Math.PI * 5100 * t);
                for (int c = 0; c < format.channels(); c++) {
                    buffer[f * format.channels() + c] = (int) (scale * (tones + 0.05 * random.nextGaussian()));
                }
            }
            return maxFrames;
        }

        @Override
        public List<String> signalPath() {
            return List.of("synthetic " + format().shortForm());
        }

        @Override
        public void close() {
        }
    }
}
