package dev.fidelio.audio.dsd;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * DSD over PCM (DoP 1.1): 24-bit frames at the DSD rate ÷ 16, each sample carrying 16 DSD bits of its channel (the
 * older byte in the middle, the newer at the bottom, oldest bit most significant) under a marker byte that alternates
 * 0x05, 0xFA from frame to frame — by absolute frame number, so a seek continues the sequence a full play would have.
 */
public final class DopSource implements PcmSource {

    private static final int MARKER_EVEN = 0x05;
    private static final int MARKER_ODD = 0xFA;
    private static final int CHUNK_FRAMES = 4096;

    private final DsdStream stream;
    private final PcmFormat format;
    private final long totalFrames;
    private final byte[][] bytes;
    private long frame;

    private DopSource(DsdStream stream, long startFrame) {
        this.stream = stream;
        this.format = new PcmFormat(stream.dsdRate() / 16, 24, stream.channels());
        this.totalFrames = stream.bytesPerChannel() / 2;
        if (startFrame < 0 || startFrame > totalFrames) {
            throw new IllegalArgumentException("Start frame " + startFrame + " is outside 0…" + totalFrames);
        }
        this.bytes = new byte[stream.channels()][2 * CHUNK_FRAMES];
        this.frame = startFrame;
    }

    public static PcmSource open(Path file, long startFrame) throws IOException {
        DsdStream stream = DsdStreams.open(file);
        try {
            return new DopSource(stream, startFrame);
        } catch (RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    @Override
    public PcmFormat format() {
        return format;
    }

    @Override
    public long remainingFrames() {
        return totalFrames - frame;
    }

    @Override
    public int read(int[] buffer, int maxFrames) throws IOException {
        if (frame >= totalFrames) {
            return -1;
        }
        int frames = (int) Math.min(Math.min(maxFrames, CHUNK_FRAMES), totalFrames - frame);
        stream.read(2 * frame, bytes, 2 * frames);
        int channels = format.channels();
        for (int i = 0; i < frames; i++) {
            int marker = ((frame + i) & 1) == 0 ? MARKER_EVEN : MARKER_ODD;
            for (int c = 0; c < channels; c++) {
                int word = marker << 16 | (bytes[c][2 * i] & 0xFF) << 8 | (bytes[c][2 * i + 1] & 0xFF);
                buffer[i * channels + c] = word << 8 >> 8;
            }
        }
        frame += frames;
        return frames;
    }

    @Override
    public List<String> signalPath() {
        return List.of(stream.describe() + " as DoP " + format.shortForm());
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
