package dev.fidelio.audio.decode;

import dev.fidelio.audio.io.RandomAccessInput;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PositionedPcmSource;
import java.io.IOException;
import java.util.List;

/**
 * Uncompressed interleaved frames at a known offset (WAV, AIFF): each frame is {@code channels} samples of one
 * {@link SampleCoding}, so a frame's position is plain arithmetic and seeking costs nothing.
 */
final class InterleavedPcmDecoder extends PositionedPcmSource {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final RandomAccessInput input;
    private final SampleCoding coding;
    private final String step;
    private final long dataOffset;
    private final int frameBytes;
    private final byte[] buffer;

    /**
     * @param totalFrames frames the header promises; when the file ends sooner, reading reports the truncation there
     */
    InterleavedPcmDecoder(RandomAccessInput input, SampleCoding coding, PcmFormat format, String step,
                          long dataOffset, long totalFrames, long startFrame) {
        super(format, totalFrames, startFrame);
        this.input = input;
        this.coding = coding;
        this.step = step;
        this.dataOffset = dataOffset;
        this.frameBytes = coding.containerBytes() * format.channels();
        this.buffer = new byte[Math.max(frameBytes, BUFFER_BYTES / frameBytes * frameBytes)];
    }

    @Override
    protected int readFrames(int[] target, int maxFrames) throws IOException {
        int frames = Math.min(maxFrames, buffer.length / frameBytes);
        int bytes = input.read(dataOffset + position() * frameBytes, buffer, 0, frames * frameBytes);
        int whole = bytes / frameBytes;
        if (whole == 0) {
            throw new CorruptAudioException(input.file().getFileName() + " is truncated: the audio stops at frame "
                    + position() + " of " + totalFrames());
        }
        int samples = whole * format().channels();
        for (int i = 0; i < samples; i++) {
            target[i] = coding.decode(buffer, i * coding.containerBytes());
        }
        return whole;
    }

    @Override
    public List<String> signalPath() {
        return List.of(step);
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
