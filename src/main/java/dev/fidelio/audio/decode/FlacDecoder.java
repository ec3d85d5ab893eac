package dev.fidelio.audio.decode;

import dev.fidelio.audio.io.CloseOnFailure;
import dev.fidelio.audio.io.RandomAccessInput;

import dev.fidelio.audio.BlockPcmSource;
import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.List;
import org.jflac.FLACDecoder;
import org.jflac.FrameListener;
import org.jflac.frame.Frame;
import org.jflac.metadata.Metadata;

/**
 * FLAC through JFLAC, one frame at a time: JFLAC's {@code readNextFrame} leaves a frame's samples in its channel
 * buffers, they are interleaved into one block, and {@link #read} copies them out as asked, so no more than one frame
 * is held. Seeking lands on the frame holding the start sample via {@link FlacFrameLocator} and drops the samples
 * before it.
 */
public final class FlacDecoder extends BlockPcmSource {

    private final RandomAccessInput input;
    private final FlacStreamInfo info;
    private final FLACDecoder decoder;
    private final FrameErrors errors = new FrameErrors();
    private long expectedFrameSample = -1;
    private int[] samples = new int[0];

    private FlacDecoder(RandomAccessInput input, FlacStreamInfo info, long startFrame) throws IOException {
        super(HeaderChecks.format(input.file(), info.sampleRate(), info.bitsPerSample(), info.channels()),
                info.totalKnown() ? info.totalSamples() : -1, startFrame);
        this.input = input;
        this.info = info;
        this.decoder = new FLACDecoder(Channels.newInputStream(input.channel()));
        decoder.addFrameListener(errors);
        // JFLAC parses frame headers against its own copy of STREAMINFO, so let it read that one block.
        moveTo(info.streamInfoBlockOffset());
        decoder.readNextMetadata();
        long frameOffset = startFrame == 0
                ? info.firstFrameOffset()
                : new FlacFrameLocator(input, info, decoder.getStreamInfo()).frameAtOrBefore(startFrame);
        moveTo(frameOffset);
    }

    public static PcmSource open(Path file, long startFrame) throws IOException {
        return CloseOnFailure.apply(RandomAccessInput.open(file),
                input -> new FlacDecoder(input, FlacStreamInfo.read(input), startFrame));
    }

    private void moveTo(long offset) throws IOException {
        input.channel().position(offset);
        decoder.getBitInputStream().reset();
    }

    /** Decodes the next frame that reaches {@link #position}; false at the end of the stream. */
    @Override
    protected boolean decodeNextBlock() throws IOException {
        long position = position();
        Frame frame = decodeFrame();
        if (frame == null) {
            if (info.totalKnown()) {
                throw new CorruptAudioException(input.file().getFileName() + " is truncated: the audio stops at sample "
                        + position + " of " + info.totalSamples());
            }
            return false;
        }
        long first = frame.header.sampleNumber;
        if (expectedFrameSample >= 0 && first != expectedFrameSample) {
            throw corrupt("expected the frame at sample " + expectedFrameSample + " but found one at " + first);
        }
        PcmFormat format = format();
        if (frame.header.channels != format.channels() || frame.header.bitsPerSample != format.bitsPerSample()) {
            throw corrupt("frame at sample " + first + " has " + frame.header.channels + " channels of "
                    + frame.header.bitsPerSample + " bits, STREAMINFO says " + format.channels() + " of " + format.bitsPerSample());
        }
        expectedFrameSample = first + frame.header.blockSize;
        if (first > position) {
            throw corrupt("no frame holds sample " + position + " (the next starts at " + first + ")");
        }
        long end = info.totalKnown() ? Math.min(expectedFrameSample, info.totalSamples()) : expectedFrameSample;
        int frames = (int) (end - first);
        int channels = format.channels();
        if (samples.length < frames * channels) {
            samples = new int[frames * channels];
        }
        for (int c = 0; c < channels; c++) {
            int[] channel = decoder.getChannelData()[c].getOutput();
            for (int i = 0, out = c; i < frames; i++, out += channels) {
                samples[out] = channel[i];
            }
        }
        offer(samples, (int) Math.max(0, Math.min(position - first, end - first)), frames);
        return true;
    }

    private Frame decodeFrame() throws IOException {
        errors.clear();
        int badFrames = decoder.getBadFrames();
        Frame frame;
        try {
            frame = decoder.readNextFrame();
        } catch (RuntimeException e) {
            throw corrupt("undecodable frame near sample " + position() + " (" + e + ")");
        }
        if (frame != null && (errors.message != null || decoder.getBadFrames() != badFrames)) {
            throw corrupt("bad frame near sample " + position() + ": " + errors.message);
        }
        return frame;
    }

    private CorruptAudioException corrupt(String what) {
        return new CorruptAudioException(input.file().getFileName() + ": " + what);
    }

    @Override
    public List<String> signalPath() {
        return List.of("FLAC " + format().shortForm());
    }

    @Override
    public void close() throws IOException {
        input.close();
    }

    /** JFLAC reports CRC mismatches and lost sync only to listeners (zeroing or skipping the frame), so catch them here. */
    private static final class FrameErrors implements FrameListener {
        private String message;

        void clear() {
            message = null;
        }

        @Override
        public void processMetadata(Metadata metadata) {
        }

        @Override
        public void processFrame(Frame frame) {
        }

        @Override
        public void processError(String error) {
            message = message == null ? error : message;
        }
    }
}
