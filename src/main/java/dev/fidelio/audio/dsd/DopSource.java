package dev.fidelio.audio.dsd;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.PositionedPcmSource;
import dev.fidelio.audio.io.CloseOnFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * DSD over PCM (DoP 1.1): 24-bit frames at the DSD rate ÷ 16, each sample carrying 16 DSD bits of its channel (the
 * older byte in the middle, the newer at the bottom, oldest bit most significant) under a marker byte that alternates
 * 0x05, 0xFA from frame to frame — by absolute frame number, so a seek continues the sequence a full play would have.
 */
public final class DopSource extends PositionedPcmSource {

    private static final int MARKER_EVEN = 0x05;
    private static final int MARKER_ODD = 0xFA;
    private static final int CHUNK_FRAMES = 4096;

    private final DsdStream stream;
    private final byte[][] bytes;

    private DopSource(DsdStream stream, long startFrame) {
        super(new PcmFormat(stream.dsdRate() / 16, 24, stream.channels()), stream.bytesPerChannel() / 2, startFrame);
        this.stream = stream;
        this.bytes = new byte[stream.channels()][2 * CHUNK_FRAMES];
    }

    public static PcmSource open(Path file, long startFrame) throws IOException {
        return CloseOnFailure.apply(DsdStreams.open(file), stream -> new DopSource(stream, startFrame));
    }

    @Override
    protected int readFrames(int[] buffer, int maxFrames) throws IOException {
        long frame = position();
        int frames = Math.min(maxFrames, CHUNK_FRAMES);
        stream.read(2 * frame, bytes, 2 * frames);
        int channels = format().channels();
        for (int i = 0; i < frames; i++) {
            int marker = ((frame + i) & 1) == 0 ? MARKER_EVEN : MARKER_ODD;
            for (int c = 0; c < channels; c++) {
                int word = marker << 16 | (bytes[c][2 * i] & 0xFF) << 8 | (bytes[c][2 * i + 1] & 0xFF);
                buffer[i * channels + c] = word << 8 >> 8;
            }
        }
        return frames;
    }

    @Override
    public List<String> signalPath() {
        return List.of(stream.describe() + " as DoP " + format().shortForm());
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
