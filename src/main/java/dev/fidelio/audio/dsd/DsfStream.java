package dev.fidelio.audio.dsd;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.UnsupportedAudioException;
import dev.fidelio.audio.io.RandomAccessInput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * DSF (Sony's DSD Stream File): little-endian fixed chunks {@code DSD }, {@code fmt }, {@code data}; the audio is in
 * blocks of {@code blockSize} bytes per channel, one block of each channel in turn, bits least significant first.
 */
final class DsfStream extends DsdFileStream {

    private static final int DSD_CHUNK_LENGTH = 28;
    private static final int FMT_LENGTH = 52;
    private static final int DATA_HEADER_LENGTH = 12;
    /** Every writer uses 4096; anything near this bound is a damaged header, not a real layout. */
    private static final int MAX_BLOCK_SIZE = 1 << 20;
    private static final byte[] REVERSED = reversedBits();

    private final boolean lsbFirst;
    private final int blockSize;

    private DsfStream(RandomAccessInput input, int channels, int rate, boolean lsbFirst, long bytesPerChannel,
                      int blockSize, long dataOffset) {
        super(input, channels, rate, bytesPerChannel, dataOffset);
        this.lsbFirst = lsbFirst;
        this.blockSize = blockSize;
    }

    static DsfStream open(RandomAccessInput input) throws IOException {
        String name = input.file().getFileName().toString();
        ByteBuffer fmt = input.readExactly(DSD_CHUNK_LENGTH, FMT_LENGTH, ByteOrder.LITTLE_ENDIAN, "DSF fmt chunk");
        if (!ascii(fmt, 0).equals("fmt ")) {
            throw new CorruptAudioException(name + ": no fmt chunk after the DSD chunk");
        }
        long fmtSize = fmt.getLong(4);
        int formatId = fmt.getInt(16);
        long channels = fmt.getInt(24) & 0xFFFF_FFFFL;
        long rate = fmt.getInt(28) & 0xFFFF_FFFFL;
        int bitsPerSample = fmt.getInt(32);
        long sampleCount = fmt.getLong(36);
        long blockSize = fmt.getInt(44) & 0xFFFF_FFFFL;
        if (formatId != 0) {
            throw new UnsupportedAudioException(name + ": DSF format " + formatId + " is not plain DSD");
        }
        DsdStreams.checkChannels(input.file(), channels);
        DsdStreams.checkRate(input.file(), rate);
        if (bitsPerSample != 1 && bitsPerSample != 8) {
            throw new CorruptAudioException(name + ": DSF bits per sample is " + bitsPerSample + " (1 or 8 expected)");
        }
        if (blockSize == 0 || blockSize > MAX_BLOCK_SIZE || sampleCount < 0 || fmtSize < FMT_LENGTH || fmtSize > input.size()) {
            throw new CorruptAudioException(name + ": impossible DSF layout (block size " + blockSize
                    + ", sample count " + sampleCount + ", fmt size " + fmtSize + ")");
        }
        long dataChunk = DSD_CHUNK_LENGTH + fmtSize;
        ByteBuffer data = input.readExactly(dataChunk, DATA_HEADER_LENGTH, ByteOrder.LITTLE_ENDIAN, "DSF data chunk");
        if (!ascii(data, 0).equals("data")) {
            throw new CorruptAudioException(name + ": no data chunk after the fmt chunk");
        }
        return new DsfStream(input, (int) channels, (int) rate, bitsPerSample == 1, sampleCount / 8, (int) blockSize,
                dataChunk + DATA_HEADER_LENGTH);
    }

    @Override
    public String container() {
        return "DSF";
    }

    @Override
    protected void readBytes(long position, byte[][] target, int count) throws IOException {
        for (int c = 0; c < channels; c++) {
            for (int done = 0; done < count; ) {
                long at = position + done;
                int inBlock = (int) (at % blockSize);
                int n = Math.min(count - done, blockSize - inBlock);
                long offset = dataOffset + ((at / blockSize) * channels + c) * blockSize + inBlock;
                if (input.read(offset, target[c], done, n) < n) {
                    throw truncatedAt(at);
                }
                done += n;
            }
            if (lsbFirst) {
                for (int i = 0; i < count; i++) {
                    target[c][i] = REVERSED[target[c][i] & 0xFF];
                }
            }
        }
    }

    private static byte[] reversedBits() {
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) (Integer.reverse(i) >>> 24);
        }
        return table;
    }

    private static String ascii(ByteBuffer buffer, int offset) {
        return new String(buffer.array(), offset, 4, StandardCharsets.ISO_8859_1);
    }
}
