package dev.fidelio.audio;

import java.io.IOException;
import java.io.OutputStream;

/** Writes the frames of a {@link PcmSource} as one container format, as they are produced. */
public interface PcmEncoder {

    /** The media type of the output, e.g. {@code audio/flac} or {@code audio/L16;rate=44100;channels=2}. */
    String mediaType(PcmFormat format);

    /** The exact number of bytes {@link #encode} writes for {@code frames} frames, or −1 when that is not known beforehand. */
    long encodedLength(PcmFormat format, long frames);

    /** The last step of a signal path, e.g. {@code FLAC 16/44.1}. */
    String describe(PcmFormat format);

    /**
     * Encodes every remaining frame of {@code source} to {@code out}. An {@link IOException} from {@code out} (the
     * client went away) ends the work at once; the caller closes the source.
     */
    void encode(PcmSource source, OutputStream out) throws IOException;
}
