package dev.fidelio.audio.dsd;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.io.RandomAccessInput;
import java.io.IOException;

/**
 * What DSF and DFF share once their headers are parsed: the file, its channel count, rate and length, and where the
 * audio starts. Subclasses only lay the bytes out ({@link #readBytes}); reads are clipped to the audio here.
 */
abstract class DsdFileStream implements DsdStream {

    protected final RandomAccessInput input;
    protected final int channels;
    protected final long dataOffset;
    private final int rate;
    private final long bytesPerChannel;

    protected DsdFileStream(RandomAccessInput input, int channels, int rate, long bytesPerChannel, long dataOffset) {
        this.input = input;
        this.channels = channels;
        this.rate = rate;
        this.bytesPerChannel = bytesPerChannel;
        this.dataOffset = dataOffset;
    }

    @Override
    public final int channels() {
        return channels;
    }

    @Override
    public final int dsdRate() {
        return rate;
    }

    @Override
    public final long bytesPerChannel() {
        return bytesPerChannel;
    }

    @Override
    public final int read(long position, byte[][] target, int length) throws IOException {
        int count = (int) Math.max(0, Math.min(length, bytesPerChannel - position));
        readBytes(position, target, count);
        return count;
    }

    /** Reads {@code count} bytes of each channel, all within the audio, from byte {@code position} of each. */
    protected abstract void readBytes(long position, byte[][] target, int count) throws IOException;

    /** The file ended before byte {@code position} of each channel, which its header promised. */
    protected final CorruptAudioException truncatedAt(long position) {
        return new CorruptAudioException(input.file().getFileName() + " is truncated: its DSD data stops before byte "
                + position + " of " + bytesPerChannel + " per channel");
    }

    @Override
    public final void close() throws IOException {
        input.close();
    }
}
