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
 * RIFF/WAVE, RF64 and BW64 with WAVE_FORMAT_PCM, WAVE_FORMAT_IEEE_FLOAT or WAVE_FORMAT_EXTENSIBLE of either. A data
 * chunk whose size is 0 or 0xFFFFFFFF (written by a recorder that never went back to fix it) runs to the end of the file.
 */
public final class WavDecoder {

    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_FLOAT = 3;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;
    /** The GUID tail shared by every KSDATAFORMAT_SUBTYPE; the first two bytes carry the plain format tag. */
    private static final byte[] SUBTYPE_TAIL = {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71};
    private static final long UNKNOWN_SIZE = 0xFFFF_FFFFL;

    private WavDecoder() {
    }

    public static PcmSource open(Path file, long startFrame) throws IOException {
        return CloseOnFailure.apply(RandomAccessInput.open(file), input -> open(input, startFrame));
    }

    private static PcmSource open(RandomAccessInput input, long startFrame) throws IOException {
        ByteBuffer riff = input.readExactly(0, 12, ByteOrder.LITTLE_ENDIAN, "RIFF header");
        String magic = ascii(riff, 0);
        if (!(magic.equals("RIFF") || magic.equals("RF64") || magic.equals("BW64")) || !ascii(riff, 8).equals("WAVE")) {
            throw new UnsupportedAudioException(input.file().getFileName() + " is not a WAV file");
        }
        ChunkWalker chunks = new ChunkWalker(input, 12, Long.MAX_VALUE, ByteOrder.LITTLE_ENDIAN, 4);
        Long ds64DataSize = null;
        SampleCoding coding = null;
        PcmFormat format = null;
        for (Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
            switch (chunk.id()) {
                case "ds64" -> ds64DataSize = input.readExactly(chunk.bodyOffset(), 24, ByteOrder.LITTLE_ENDIAN, "ds64 chunk").getLong(8);
                case "fmt " -> {
                    ByteBuffer fmt = readFmt(input, chunk);
                    coding = coding(input.file(), fmt);
                    format = HeaderChecks.format(input.file(), fmt.getInt(4) & UNKNOWN_SIZE, coding.outputBits(), fmt.getShort(2) & 0xFFFF);
                    int blockAlign = fmt.getShort(12) & 0xFFFF;
                    if (blockAlign != format.channels() * coding.containerBytes()) {
                        throw new CorruptAudioException(input.file().getFileName() + ": block align " + blockAlign
                                + " does not fit " + format.channels() + " channels of " + coding.containerBytes() + " bytes");
                    }
                }
                case "data" -> {
                    if (format == null) {
                        throw new CorruptAudioException(input.file().getFileName() + ": the data chunk comes before any fmt chunk");
                    }
                    long size = chunk.size();
                    if (size == UNKNOWN_SIZE && ds64DataSize != null) {
                        size = ds64DataSize;
                    }
                    if (size == 0 || size == UNKNOWN_SIZE || size < 0) {
                        size = input.size() - chunk.bodyOffset();
                    }
                    long frames = size / ((long) format.channels() * coding.containerBytes());
                    return new InterleavedPcmDecoder(input, coding, format, HeaderChecks.step("WAV", coding, format),
                            chunk.bodyOffset(), frames, startFrame);
                }
                default -> { }
            }
        }
        throw new CorruptAudioException(input.file().getFileName() + " has no " + (format == null ? "fmt" : "data") + " chunk");
    }

    private static ByteBuffer readFmt(RandomAccessInput input, Chunk chunk) throws IOException {
        if (chunk.size() < 16) {
            throw new CorruptAudioException(input.file().getFileName() + ": the fmt chunk is only " + chunk.size() + " bytes");
        }
        return input.readExactly(chunk.bodyOffset(), (int) Math.min(chunk.size(), 40), ByteOrder.LITTLE_ENDIAN, "fmt chunk");
    }

    private static SampleCoding coding(Path file, ByteBuffer fmt) throws IOException {
        int tag = fmt.getShort(0) & 0xFFFF;
        int containerBits = fmt.getShort(14) & 0xFFFF;
        int validBits = containerBits;
        if (tag == FORMAT_EXTENSIBLE) {
            if (fmt.limit() < 40) {
                throw new CorruptAudioException(file.getFileName() + ": WAVE_FORMAT_EXTENSIBLE without its extension");
            }
            validBits = fmt.getShort(18) & 0xFFFF;
            tag = fmt.getShort(24) & 0xFFFF;
            if (!ByteBuffer.wrap(fmt.array(), 26, SUBTYPE_TAIL.length).equals(ByteBuffer.wrap(SUBTYPE_TAIL))) {
                throw new UnsupportedAudioException(file.getFileName() + ": unknown WAVE_FORMAT_EXTENSIBLE sub-format");
            }
            if (validBits == 0) {
                validBits = containerBits;
            }
        }
        if (containerBits % 8 != 0 || containerBits == 0 || validBits > containerBits) {
            throw new CorruptAudioException(file.getFileName() + ": " + validBits + " valid bits in a " + containerBits + "-bit container");
        }
        int bytes = containerBits / 8;
        if (tag == FORMAT_FLOAT && (bytes == 4 || bytes == 8)) {
            return new SampleCoding(SampleCoding.Kind.FLOAT, bytes, containerBits, ByteOrder.LITTLE_ENDIAN);
        }
        if (tag == FORMAT_PCM && bytes <= 4) {
            SampleCoding.Kind kind = bytes == 1 ? SampleCoding.Kind.UNSIGNED : SampleCoding.Kind.SIGNED;
            return new SampleCoding(kind, bytes, validBits, ByteOrder.LITTLE_ENDIAN);
        }
        throw new UnsupportedAudioException(file.getFileName() + ": WAV format tag 0x" + Integer.toHexString(tag)
                + " with " + containerBits + "-bit samples is not supported (only integer PCM and float)");
    }

    private static String ascii(ByteBuffer buffer, int offset) {
        return new String(buffer.array(), offset, 4, StandardCharsets.ISO_8859_1);
    }
}
