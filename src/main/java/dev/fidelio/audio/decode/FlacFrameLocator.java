package dev.fidelio.audio.decode;

import dev.fidelio.audio.io.RandomAccessInput;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.jflac.frame.BadHeaderException;
import org.jflac.frame.Header;
import org.jflac.io.BitInputStream;
import org.jflac.metadata.StreamInfo;

/**
 * Finds the frame holding a given sample without decoding audio: narrows the byte range with the seek table, then
 * bisects on byte offset, each probe scanning forward for a frame sync whose header passes its CRC-8 and agrees with
 * STREAMINFO. JFLAC's own seek re-reads all metadata and then decodes every frame it walks over, so it is not used.
 */
final class FlacFrameLocator {

    /** A frame header found in the file: where it starts and which samples it holds. */
    record FramePosition(long offset, long sample, int blockSize) {
    }

    private static final int MAX_HEADER_LENGTH = 16;
    private static final int WINDOW = 16 * 1024;
    private static final int DEFAULT_FRAME_SIZE = 64 * 1024;

    private final RandomAccessInput input;
    private final FlacStreamInfo info;
    private final StreamInfo jflacInfo;
    private final byte[] window = new byte[WINDOW + MAX_HEADER_LENGTH];

    FlacFrameLocator(RandomAccessInput input, FlacStreamInfo info, StreamInfo jflacInfo) {
        this.input = input;
        this.info = info;
        this.jflacInfo = jflacInfo;
    }

    /** The offset of a frame that starts at or before {@code target}, at most about two frames before the one holding it. */
    long frameAtOrBefore(long target) throws IOException {
        long low = info.firstFrameOffset();
        long high = input.size();
        for (FlacStreamInfo.SeekPoint point : info.seekPoints()) {
            long offset = info.firstFrameOffset() + point.offset();
            if (point.sample() <= target && offset > low && offset < high) {
                low = offset;
            } else if (point.sample() > target && offset < high && offset > low) {
                high = offset;
            }
        }
        long close = 2L * (info.maxFrameSize() > 0 ? info.maxFrameSize() : DEFAULT_FRAME_SIZE);
        while (high - low > close) {
            long middle = low + (high - low) / 2;
            FramePosition frame = nextFrame(middle, high);
            if (frame == null || frame.sample() > target) {
                high = middle;
            } else {
                low = frame.offset();
                if (frame.sample() + frame.blockSize() > target) {
                    break;
                }
            }
        }
        return low;
    }

    /** The first frame header starting in [{@code from}, {@code until}), or null. */
    FramePosition nextFrame(long from, long until) throws IOException {
        for (long start = from; start < until; start += WINDOW) {
            int length = input.read(start, window, 0, window.length);
            int candidates = (int) Math.min(Math.min(WINDOW, length - 1), until - start);
            for (int i = 0; i < candidates; i++) {
                if (window[i] == (byte) 0xFF && (window[i + 1] & 0xFE) == 0xF8) {
                    FramePosition frame = parse(start + i, i, length);
                    if (frame != null) {
                        return frame;
                    }
                }
            }
            if (length < window.length) {
                return null;
            }
        }
        return null;
    }

    private FramePosition parse(long offset, int index, int length) {
        byte[] warmup = {window[index], window[index + 1]};
        BitInputStream bits = new BitInputStream(new ByteArrayInputStream(window, index + 2, length - index - 2));
        try {
            Header header = new Header(bits, warmup, jflacInfo);
            boolean consistent = header.channels == info.channels()
                    && header.bitsPerSample == info.bitsPerSample()
                    && header.sampleRate == info.sampleRate()
                    && header.blockSize <= info.maxBlockSize()
                    && header.sampleNumber >= 0
                    && (!info.totalKnown() || header.sampleNumber < info.totalSamples());
            return consistent ? new FramePosition(offset, header.sampleNumber, header.blockSize) : null;
        } catch (BadHeaderException | IOException e) {
            return null; // not a frame header after all: the sync pattern also occurs inside audio data
        }
    }
}
