package dev.fidelio.audio.encode;

import dev.fidelio.audio.PcmSource;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Writes a header, a source's frames as packed bytes and a trailer through one reusable 64 KiB buffer. When the
 * frame count was promised up front (it became a Content-Length or a RIFF size), exactly that many frames are
 * written: a source that ends early is padded with digital silence so the promised length stays honest, and one
 * that runs long is cut at the promise.
 */
final class PackedPcmWriter {

    static final int CHUNK_BYTES = 64 * 1024;

    private final SampleLayout layout;
    private final int channels;
    private final int frameBytes;
    private final byte[] buffer;
    private final int[] samples;
    private int used;

    PackedPcmWriter(SampleLayout layout, int channels) {
        this.layout = layout;
        this.channels = channels;
        this.frameBytes = layout.bytes() * channels;
        this.buffer = new byte[Math.max(CHUNK_BYTES, frameBytes)];
        this.samples = new int[buffer.length / frameBytes * channels];
    }

    /** {@code promisedFrames} −1 copies every frame the source delivers. */
    void write(byte[] header, PcmSource source, long promisedFrames, byte[] trailer, OutputStream out)
            throws IOException {
        append(header, out);
        long left = promisedFrames < 0 ? Long.MAX_VALUE : promisedFrames;
        while (left > 0) {
            int frames = source.read(samples, roomInFrames(out, left));
            if (frames < 0) {
                break;
            }
            pack(frames);
            left -= frames;
        }
        if (promisedFrames >= 0) {
            Arrays.fill(samples, 0);
            while (left > 0) {
                int frames = roomInFrames(out, left);
                pack(frames);
                left -= frames;
            }
        }
        append(trailer, out);
        out.write(buffer, 0, used);
        used = 0;
        out.flush();
    }

    /** How many frames fit in the buffer now (flushing it first when none do), at most {@code left}. */
    private int roomInFrames(OutputStream out, long left) throws IOException {
        if (buffer.length - used < frameBytes) {
            out.write(buffer, 0, used);
            used = 0;
        }
        return (int) Math.min(left, (buffer.length - used) / frameBytes);
    }

    private void pack(int frames) {
        used += layout.pack(samples, frames * channels, buffer, used);
    }

    private void append(byte[] bytes, OutputStream out) throws IOException {
        if (buffer.length - used < bytes.length) {
            out.write(buffer, 0, used);
            used = 0;
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }
}
