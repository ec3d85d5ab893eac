package dev.fidelio.audio.encode;

import dev.fidelio.audio.PcmEncoder;
import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import java.io.IOException;
import java.io.OutputStream;

/**
 * WAV with an exact length whenever the source knows its frame count, so a renderer can seek by byte ranges. A source
 * of unknown length gets the streaming convention: RIFF and data sizes of 0xFFFFFFFF ("until the stream ends"), which
 * common players and ffmpeg accept; so do streams past RIFF's 4 GiB limit, whose length is still exact.
 */
public final class WavEncoder implements PcmEncoder {

    @Override
    public String mediaType(PcmFormat format) {
        return "audio/wav";
    }

    @Override
    public long encodedLength(PcmFormat format, long frames) {
        if (frames < 0) {
            return -1;
        }
        long data = WavHeader.dataLength(format, frames);
        return WavHeader.length(format) + data + WavHeader.padding(data);
    }

    @Override
    public String describe(PcmFormat format) {
        return "WAV " + format.shortForm();
    }

    @Override
    public void encode(PcmSource source, OutputStream out) throws IOException {
        PcmFormat format = source.format();
        long frames = source.remainingFrames();
        byte[] trailer = new byte[frames < 0 ? 0 : WavHeader.padding(WavHeader.dataLength(format, frames))];
        new PackedPcmWriter(SampleLayout.wav(format), format.channels())
                .write(WavHeader.of(format, frames), source, frames, trailer, out);
    }
}
