package dev.fidelio.audio.io;

import dev.fidelio.audio.CorruptAudioException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Positional reads from an audio file. Every read states where it starts, so decoders seek by arithmetic alone, and a
 * read past the end is reported as a truncated file rather than as a short buffer.
 */
public final class RandomAccessInput implements Closeable {

    private final Path file;
    private final FileChannel channel;
    private final long size;

    private RandomAccessInput(Path file, FileChannel channel) throws IOException {
        this.file = file;
        this.channel = channel;
        this.size = channel.size();
    }

    public static RandomAccessInput open(Path file) throws IOException {
        return new RandomAccessInput(file, FileChannel.open(file, StandardOpenOption.READ));
    }

    public long size() {
        return size;
    }

    public Path file() {
        return file;
    }

    /** The underlying channel, for libraries that want a stream; its position is theirs to move. */
    public FileChannel channel() {
        return channel;
    }

    /** Exactly {@code length} bytes from {@code position}, or a {@link CorruptAudioException} naming {@code what}. */
    public ByteBuffer readExactly(long position, int length, ByteOrder order, String what) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(order);
        if (read(position, buffer.array(), 0, length) < length) {
            throw new CorruptAudioException(file.getFileName() + ": file ends inside the " + what + " (byte " + position + ")");
        }
        return buffer;
    }

    /** Up to {@code length} bytes from {@code position}; fewer only at the end of the file. */
    public int read(long position, byte[] target, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(target, offset, length);
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        return (int) (at - position);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
