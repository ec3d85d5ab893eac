package dev.fidelio.audio.decode;

import dev.fidelio.audio.io.CloseOnFailure;
import dev.fidelio.audio.io.RandomAccessInput;
import dev.fidelio.audio.io.ChunkWalker;
import dev.fidelio.audio.io.Chunk;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.UnsupportedAudioException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * AIFF and AIFC: big-endian integer PCM ({@code NONE}, {@code twos}), little-endian integer ({@code sowt}) and IEEE
 * float ({@code fl32}, {@code fl64}). The frame count comes from COMM; the samples start at SSND's offset field.
 */
public final class AiffDecoder {

    private static final int EXTENDED_BIAS = 16383;

    private AiffDecoder() {
    }

    public static PcmSource open(Path file, long startFrame) throws IOException {
        return CloseOnFailure.apply(RandomAccessInput.open(file), input -> open(input, startFrame));
    }

    private static PcmSource open(RandomAccessInput input, long startFrame) throws IOException {
        Path file = input.file();
        ByteBuffer form = input.readExactly(0, 12, ByteOrder.BIG_ENDIAN, "FORM header");
        String type = ascii(form.array(), 8);
        if (!ascii(form.array(), 0).equals("FORM") || !(type.equals("AIFF") || type.equals("AIFC"))) {
            throw new UnsupportedAudioException(file.getFileName() + " is not an AIFF file");
        }
        boolean aifc = type.equals("AIFC");
        ChunkWalker chunks = new ChunkWalker(input, 12, Long.MAX_VALUE, ByteOrder.BIG_ENDIAN, 4);
        ByteBuffer comm = null;
        Chunk soundData = null;
        for (Chunk chunk = chunks.next(); chunk != null && (comm == null || soundData == null); chunk = chunks.next()) {
            if (chunk.id().equals("COMM")) {
                int needed = aifc ? 22 : 18;
                if (chunk.size() < needed) {
                    throw new CorruptAudioException(file.getFileName() + ": the COMM chunk is only " + chunk.size() + " bytes");
                }
                comm = input.readExactly(chunk.bodyOffset(), needed, ByteOrder.BIG_ENDIAN, "COMM chunk");
            } else if (chunk.id().equals("SSND")) {
                soundData = chunk;
            }
        }
        if (comm == null || soundData == null) {
            throw new CorruptAudioException(file.getFileName() + " has no " + (comm == null ? "COMM" : "SSND") + " chunk");
        }
        int channels = comm.getShort(0);
        long frames = comm.getInt(2) & 0xFFFF_FFFFL;
        int bits = comm.getShort(6);
        long rate = sampleRate(file, comm.array(), 8);
        String compression = aifc ? ascii(comm.array(), 18) : "NONE";
        SampleCoding coding = coding(file, compression, bits);
        PcmFormat format = HeaderChecks.format(file, rate, coding.outputBits(), channels);
        long offset = input.readExactly(soundData.bodyOffset(), 8, ByteOrder.BIG_ENDIAN, "SSND chunk").getInt(0) & 0xFFFF_FFFFL;
        long dataOffset = soundData.bodyOffset() + 8 + offset;
        return new InterleavedPcmDecoder(input, coding, format, HeaderChecks.step(aifc ? "AIFC" : "AIFF", coding, format),
                dataOffset, frames, startFrame);
    }

    private static SampleCoding coding(Path file, String compression, int bits) throws IOException {
        return switch (compression) {
            case "NONE", "twos", "sowt" -> {
                if (bits < 1 || bits > 32) {
                    throw new CorruptAudioException(file.getFileName() + ": " + bits + " bits per sample");
                }
                ByteOrder order = compression.equals("sowt") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
                yield new SampleCoding(SampleCoding.Kind.SIGNED, (bits + 7) / 8, bits, order);
            }
            case "fl32", "FL32" -> new SampleCoding(SampleCoding.Kind.FLOAT, 4, 32, ByteOrder.BIG_ENDIAN);
            case "fl64", "FL64" -> new SampleCoding(SampleCoding.Kind.FLOAT, 8, 64, ByteOrder.BIG_ENDIAN);
            default -> throw new UnsupportedAudioException(file.getFileName() + ": AIFC compression '" + compression
                    + "' is not supported (only NONE, twos, sowt, fl32, fl64)");
        };
    }

    /**
     * The 80-bit IEEE extended sample rate: 15-bit biased exponent, then a 64-bit mantissa with an explicit integer bit.
     * Rates are whole numbers in practice; a fraction is rounded.
     */
    static long sampleRate(Path file, byte[] bytes, int offset) throws IOException {
        ByteBuffer extended = ByteBuffer.wrap(bytes, offset, 10);
        int signAndExponent = extended.getShort() & 0xFFFF;
        long mantissa = extended.getLong();
        int exponent = (signAndExponent & 0x7FFF) - EXTENDED_BIAS;
        if ((signAndExponent & 0x8000) != 0 || mantissa == 0 || exponent < 0) {
            return 0;
        }
        if (exponent > 30) {
            throw new UnsupportedAudioException(file.getFileName() + ": sample rate of about 2^" + exponent + " Hz");
        }
        int shift = 63 - exponent;
        return (mantissa >>> shift) + ((mantissa >>> (shift - 1)) & 1);
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.ISO_8859_1);
    }
}
