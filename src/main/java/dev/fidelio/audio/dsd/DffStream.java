package dev.fidelio.audio.dsd;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.UnsupportedAudioException;
import dev.fidelio.audio.io.Chunk;
import dev.fidelio.audio.io.ChunkWalker;
import dev.fidelio.audio.io.RandomAccessInput;
import java.io.IOException;
import java.nio.ByteOrder;

/**
 * DSDIFF: an IFF container with 64-bit big-endian sizes. {@code PROP/SND } holds the rate ({@code FS  }), channel
 * count ({@code CHNL}) and compression ({@code CMPR}); the {@code DSD } chunk holds bytes interleaved channel by
 * channel, most significant bit first. DST-compressed files are refused.
 */
final class DffStream extends DsdFileStream {

    private static final int FORM_HEADER_LENGTH = 16;
    private static final int MAX_SCRATCH = 64 * 1024;

    private byte[] scratch = new byte[0];

    private DffStream(RandomAccessInput input, int channels, int rate, long bytesPerChannel, long dataOffset) {
        super(input, channels, rate, bytesPerChannel, dataOffset);
    }

    static DffStream open(RandomAccessInput input) throws IOException {
        String name = input.file().getFileName().toString();
        ChunkWalker chunks = new ChunkWalker(input, FORM_HEADER_LENGTH, Long.MAX_VALUE, ByteOrder.BIG_ENDIAN, 8);
        long rate = -1;
        long channels = -1;
        for (Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
            switch (chunk.id()) {
                case "PROP" -> {
                    ChunkWalker properties = new ChunkWalker(input, chunk.bodyOffset() + 4, chunk.end(), ByteOrder.BIG_ENDIAN, 8);
                    for (Chunk property = properties.next(); property != null; property = properties.next()) {
                        switch (property.id()) {
                            case "FS  " -> rate = input.readExactly(property.bodyOffset(), 4, ByteOrder.BIG_ENDIAN, "FS chunk").getInt() & 0xFFFF_FFFFL;
                            case "CHNL" -> channels = input.readExactly(property.bodyOffset(), 2, ByteOrder.BIG_ENDIAN, "CHNL chunk").getShort() & 0xFFFF;
                            case "CMPR" -> {
                                byte[] type = input.readExactly(property.bodyOffset(), 4, ByteOrder.BIG_ENDIAN, "CMPR chunk").array();
                                if (!new String(type, java.nio.charset.StandardCharsets.ISO_8859_1).equals("DSD ")) {
                                    throw dst(name);
                                }
                            }
                            default -> { }
                        }
                    }
                }
                case "DST " -> throw dst(name);
                case "DSD " -> {
                    if (rate < 0 || channels < 0) {
                        throw new CorruptAudioException(name + ": the DSD data comes before the FS and CHNL properties");
                    }
                    DsdStreams.checkChannels(input.file(), channels);
                    DsdStreams.checkRate(input.file(), rate);
                    long size = chunk.size() < 0 ? input.size() - chunk.bodyOffset() : chunk.size();
                    return new DffStream(input, (int) channels, (int) rate, size / channels, chunk.bodyOffset());
                }
                default -> { }
            }
        }
        throw new CorruptAudioException(name + " has no DSD sound data chunk");
    }

    private static UnsupportedAudioException dst(String name) {
        return new UnsupportedAudioException(name + " is DST-compressed DSDIFF, which cannot be decoded yet;"
                + " convert it to uncompressed DSF or DFF");
    }

    @Override
    public String container() {
        return "DFF";
    }

    @Override
    protected void readBytes(long position, byte[][] target, int count) throws IOException {
        int perRead = Math.max(1, MAX_SCRATCH / channels);
        if (scratch.length < Math.min(count, perRead) * channels) {
            scratch = new byte[Math.min(count, perRead) * channels];
        }
        for (int done = 0; done < count; ) {
            int n = Math.min(count - done, perRead);
            long offset = dataOffset + (position + done) * channels;
            if (input.read(offset, scratch, 0, n * channels) < n * channels) {
                throw truncatedAt(position + done);
            }
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < channels; c++) {
                    target[c][done + i] = scratch[i * channels + c];
                }
            }
            done += n;
        }
    }
}
