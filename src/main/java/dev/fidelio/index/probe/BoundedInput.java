package dev.fidelio.index.probe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Random-access reading of one file (or of bytes already in memory) where every length is checked before it is
 * used. Reads stop at a limit, the end of the file or of the structure being parsed ({@link #narrow}); crossing it
 * gives an {@link UnreadableFileException} naming the format instead of an exception from an array or a buffer.
 * A small window is buffered, so parsing a header costs one system call and skipping a picture costs none.
 * Not thread-safe: each probe has its own.
 */
final class BoundedInput {

    /** Nothing a reader keeps in memory at once may be larger, whatever a length field says. */
    static final int MAX_READ = 16 << 20;
    private static final int WINDOW = 16 * 1024;

    private final FileChannel channel;
    private final long size;
    private final byte[] window;
    private long windowStart;
    private int windowLength;
    private long position;
    private long limit;
    /** What the whole input is, for messages: "file", or the structure a copy was made of. */
    private final String whole;
    private String limitName;
    private String format = "file";

    BoundedInput(FileChannel channel, long size) {
        this.channel = channel;
        this.size = size;
        // Most files are larger; a smaller one needs no more than itself, and a scan reads thousands of them.
        this.window = new byte[(int) Math.min(WINDOW, size)];
        this.limit = size;
        this.whole = "file";
        this.limitName = whole;
    }

    private BoundedInput(byte[] bytes, String format, String whole) {
        this.channel = null;
        this.size = bytes.length;
        this.window = bytes;
        this.windowLength = bytes.length;
        this.limit = size;
        this.format = format;
        this.whole = whole;
        this.limitName = whole;
    }

    /**
     * Parses bytes already extracted from a file (a de-unsynchronised ID3 tag, an Ogg packet); {@code whole} names
     * them in messages.
     */
    static BoundedInput of(byte[] bytes, String format, String whole) {
        return new BoundedInput(bytes, format, whole);
    }

    /** Names the format in the reasons given for truncated or malformed data ("truncated FLAC: ..."). */
    void format(String name) {
        this.format = name;
    }

    String format() {
        return format;
    }

    long size() {
        return size;
    }

    long position() {
        return position;
    }

    long limit() {
        return limit;
    }

    long remaining() {
        return limit - position;
    }

    /** A limit in force before a {@link #narrow}, to {@link #restore} after it. */
    record Limit(long end, String structure) {
    }

    /**
     * Restricts reading to {@code end}, the end of a structure starting at the current position, after checking it
     * lies within the file and within the current limit. Returns the previous limit for {@link #restore}.
     */
    Limit narrow(long end, String structure) throws UnreadableFileException {
        if (end < position) {
            throw malformed(structure + " has a negative length");
        }
        if (end > size) {
            throw truncated(structure + " runs past the end of the " + whole);
        }
        if (end > limit) {
            throw malformed(structure + " runs past the end of its " + limitName);
        }
        Limit previous = new Limit(limit, limitName);
        limit = end;
        limitName = structure;
        return previous;
    }

    /** Ends a {@link #narrow}, leaving the position where it is. */
    void restore(Limit previous) {
        limit = previous.end();
        limitName = previous.structure();
    }

    void seek(long target) throws UnreadableFileException {
        if (target < 0 || target > limit) {
            throw pastLimit();
        }
        position = target;
    }

    void skip(long count) throws UnreadableFileException {
        if (count < 0 || count > remaining()) {
            throw pastLimit();
        }
        position += count;
    }

    /** Fails unless {@code count} more bytes can be read, naming what they are. */
    void require(long count, String what) throws UnreadableFileException {
        if (count < 0 || count > remaining()) {
            throw limit == size ? truncated(what + " runs past the end of the " + whole)
                    : malformed(what + " runs past the end of its " + limitName);
        }
    }

    int u8() throws UnreadableFileException {
        fill(1);
        int value = window[index()] & 0xFF;
        position++;
        return value;
    }

    int u16be() throws UnreadableFileException {
        fill(2);
        int i = index();
        position += 2;
        return (window[i] & 0xFF) << 8 | window[i + 1] & 0xFF;
    }

    int u16le() throws UnreadableFileException {
        fill(2);
        int i = index();
        position += 2;
        return window[i] & 0xFF | (window[i + 1] & 0xFF) << 8;
    }

    int u24be() throws UnreadableFileException {
        return u16be() << 8 | u8();
    }

    long u32be() throws UnreadableFileException {
        return (long) u16be() << 16 | u16be();
    }

    long u32le() throws UnreadableFileException {
        return u16le() | (long) u16le() << 16;
    }

    /** A 64-bit length; values above {@link Long#MAX_VALUE} come back negative, which every bound check rejects. */
    long u64be() throws UnreadableFileException {
        return u32be() << 32 | u32be();
    }

    long u64le() throws UnreadableFileException {
        return u32le() | u32le() << 32;
    }

    /** Four bytes as ISO-8859-1: chunk, atom and frame ids ("fmt ", "©nam", "TIT2"). */
    String fourCc() throws UnreadableFileException {
        return new String(bytes(4), StandardCharsets.ISO_8859_1);
    }

    byte[] bytes(int count) throws UnreadableFileException {
        if (count > MAX_READ) {
            throw malformed("a field of " + count + " bytes is too large to read");
        }
        require(count, "a field");
        byte[] out = new byte[count];
        if (channel == null || count > window.length) {
            read(position, out, count);
        } else {
            fill(count);
            System.arraycopy(window, index(), out, 0, count);
        }
        position += count;
        return out;
    }

    /**
     * Up to {@code count} bytes at {@code at}, fewer where the file ends; the position does not move and the limit
     * does not apply. For looking ahead at signatures and scanning the end of a file.
     */
    byte[] peek(long at, int count) throws UnreadableFileException {
        if (at < 0 || at >= size || count <= 0) {
            return new byte[0];
        }
        int length = (int) Math.min(Math.min(count, MAX_READ), size - at);
        byte[] out = new byte[length];
        if (at >= windowStart && at + length <= windowStart + windowLength) {
            System.arraycopy(window, (int) (at - windowStart), out, 0, length);
        } else {
            read(at, out, length);
        }
        return out;
    }

    /**
     * Exactly {@code length} bytes at {@code at}, wherever the position and limit are: the image of an embedded
     * picture, found earlier. Fails rather than return less.
     */
    byte[] bytesAt(long at, long length) throws UnreadableFileException {
        if (length > MAX_READ) {
            throw malformed("a picture of " + length + " bytes is too large to read");
        }
        if (at < 0 || length < 0 || at + length > size) {
            throw truncated("a picture runs past the end of the " + whole);
        }
        byte[] out = new byte[(int) length];
        read(at, out, (int) length);
        return out;
    }

    /** Whether the bytes at {@code at} are {@code expected}; false where the file is too short. */
    boolean matches(long at, byte[] expected) throws UnreadableFileException {
        return Arrays.equals(peek(at, expected.length), expected);
    }

    boolean matches(long at, String ascii) throws UnreadableFileException {
        return matches(at, ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    UnreadableFileException truncated(String detail) {
        return new UnreadableFileException("truncated " + format + ": " + detail);
    }

    UnreadableFileException malformed(String detail) {
        return new UnreadableFileException("malformed " + format + ": " + detail);
    }

    private UnreadableFileException pastLimit() {
        return limit == size ? truncated("unexpected end of " + whole)
                : malformed("data runs past the end of its " + limitName);
    }

    private int index() {
        return (int) (position - windowStart);
    }

    /** Makes {@code count} bytes from the position available in the window, within the limit. */
    private void fill(int count) throws UnreadableFileException {
        if (position + count > limit) {
            throw pastLimit();
        }
        if (position >= windowStart && position + count <= windowStart + windowLength) {
            return;
        }
        int length = (int) Math.min(window.length, size - position);
        read(position, window, length);
        windowStart = position;
        windowLength = length;
    }

    private void read(long at, byte[] into, int length) throws UnreadableFileException {
        if (channel == null) {
            System.arraycopy(window, (int) at, into, 0, length);
            return;
        }
        ByteBuffer buffer = ByteBuffer.wrap(into, 0, length);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, at + buffer.position()) < 0) {
                    throw new UnreadableFileException("cannot read: the file became shorter while it was read");
                }
            }
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read: " + FileProbe.describe(e), e);
        }
    }
}
