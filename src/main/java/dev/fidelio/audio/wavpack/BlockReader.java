package dev.fidelio.audio.wavpack;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.UnsupportedAudioException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Reads WavPack block headers and whole blocks at given file offsets, reusing one buffer for the largest block. */
final class BlockReader {

    private final FileChannel file;
    private final long fileSize;
    private final byte[] header = new byte[BlockHeader.SIZE];
    private byte[] block = new byte[0];

    BlockReader(FileChannel file) throws IOException {
        this.file = file;
        this.fileSize = file.size();
    }

    /** The header at {@code at}, or null where the blocks end (end of file, or a tag follows). */
    BlockHeader headerAt(long at) throws IOException {
        if (fileSize - at < BlockHeader.SIZE) {
            return null;
        }
        readFully(ByteBuffer.wrap(header), at);
        if (!BlockHeader.hasMagic(header)) {
            return null;
        }
        BlockHeader h = BlockHeader.parse(header, at);
        if (h.blockSize() > fileSize - at) {
            throw new CorruptAudioException("WavPack block at byte " + at + " runs past the end of the file");
        }
        return h;
    }

    /** The whole block (header included) at {@code at}; valid until the next call. */
    byte[] blockAt(BlockHeader h, long at) throws IOException {
        int size = (int) h.blockSize();
        if (block.length < size) {
            block = new byte[size];
        }
        readFully(ByteBuffer.wrap(block, 0, size), at);
        return block;
    }

    private void readFully(ByteBuffer buffer, long at) throws IOException {
        long offset = at;
        while (buffer.hasRemaining()) {
            int n = file.read(buffer, offset);
            if (n < 0) {
                throw new CorruptAudioException("WavPack file ends in the middle of a block at byte " + offset);
            }
            offset += n;
        }
    }

    void close() throws IOException {
        file.close();
    }

    static void requireNotDsd(BlockHeader h) throws UnsupportedAudioException {
        if (h.has(BlockHeader.DSD_FLAG)) {
            throw new UnsupportedAudioException("WavPack DSD (1-bit audio) is not supported");
        }
    }
}
