package dev.fidelio.audio.resample;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.analysis.ArraySource;
import dev.fidelio.audio.analysis.Pcm;
import dev.fidelio.testsupport.ExternalTool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * SoX's {@code rate -v -L} (very high quality, linear phase) on mono 32-bit raw PCM, as a reference. SoX keeps no
 * delay (its output is aligned with its input) and writes {@code N·out/in} frames rounded to nearest.
 */
final class SoxRate {

    private final ExternalTool sox = ExternalTool.require("sox");
    private final Path directory;

    SoxRate(Path directory) {
        this.directory = directory;
    }

    /** Runs the whole of the mono {@code source} through SoX; the result as a source of 32-bit samples. */
    PcmSource convert(PcmSource source, int outputRate) {
        try {
            int inputRate = source.format().sampleRate();
            int[] input = Pcm.readAll(source, 4096);
            Path in = directory.resolve("in.raw");
            Path out = directory.resolve("out.raw");
            ByteBuffer bytes = ByteBuffer.allocate(input.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asIntBuffer().put(input);
            Files.write(in, bytes.array());
            sox.run("-D", "-t", "raw", "-e", "signed-integer", "-b", "32", "-L", "-r", Integer.toString(inputRate), "-c", "1",
                    in.toString(), "-t", "raw", "-e", "signed-integer", "-b", "32", "-L", out.toString(),
                    "rate", "-v", "-L", Integer.toString(outputRate));
            int[] output = new int[(int) (Files.size(out) / 4)];
            ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(output);
            return new ArraySource(new PcmFormat(outputRate, 32, 1), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
