package dev.fidelio.audio;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * One stage of a conversion, pulled by the next: a decoder, or a filter (resampler, requantizer, …) wrapping the
 * stage before it. Closing a stage closes the stages it wraps.
 */
public interface PcmSource extends Closeable {

    /** The format of the frames {@link #read} delivers; fixed for the life of the source. */
    PcmFormat format();

    /** Frames still to come from the current position, or −1 when the source cannot know. */
    long remainingFrames();

    /**
     * Reads up to {@code maxFrames} interleaved frames into {@code buffer} from index 0.
     *
     * @return the number of frames read (at least 1), or −1 at the end of the stream
     */
    int read(int[] buffer, int maxFrames) throws IOException;

    /**
     * What happened to the audio from the file up to this stage, one entry per step, e.g.
     * {@code ["FLAC 24/192", "resample 192000→44100 (sinc, linear phase)"]}. A filter returns its source's path with
     * its own step added; a filter that changes nothing adds nothing.
     */
    List<String> signalPath();
}
