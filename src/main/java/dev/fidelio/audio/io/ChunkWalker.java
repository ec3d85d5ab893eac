package dev.fidelio.audio.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Walks the chunks of an IFF-style container between two offsets: RIFF/WAVE (32-bit little-endian sizes), AIFF (32-bit
 * big-endian) and DSDIFF (64-bit big-endian). Bodies are padded to an even length. A chunk whose size runs past the
 * region is still returned, so the caller decides whether a short chunk is fatal (a streamed {@code data} chunk is not).
 */
public final class ChunkWalker {

    private final RandomAccessInput input;
    private final long end;
    private final ByteOrder order;
    private final int sizeBytes;
    private long next;

    public ChunkWalker(RandomAccessInput input, long start, long end, ByteOrder order, int sizeBytes) {
        this.input = input;
        this.next = start;
        this.end = Math.min(end, input.size());
        this.order = order;
        this.sizeBytes = sizeBytes;
    }

    /** The next chunk, or null when no complete chunk header is left in the region. */
    public Chunk next() throws IOException {
        int headerLength = 4 + sizeBytes;
        if (next < 0 || next + headerLength > end) {
            return null;
        }
        ByteBuffer header = input.readExactly(next, headerLength, order, "chunk header");
        byte[] id = new byte[4];
        header.get(id);
        long size = sizeBytes == 8 ? header.getLong() : header.getInt() & 0xFFFF_FFFFL;
        Chunk chunk = new Chunk(new String(id, StandardCharsets.ISO_8859_1), next + headerLength, size);
        // A negative 64-bit size would move backwards and loop; treat it as running to the end instead.
        next = size < 0 || size > end ? Long.MAX_VALUE : chunk.end() + (size & 1);
        return chunk;
    }

    /** The next chunk called {@code id}, or null. */
    public Chunk find(String id) throws IOException {
        for (Chunk chunk = next(); chunk != null; chunk = next()) {
            if (chunk.id().equals(id)) {
                return chunk;
            }
        }
        return null;
    }
}
