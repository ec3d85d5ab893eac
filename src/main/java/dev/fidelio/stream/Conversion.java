package dev.fidelio.stream;

import java.util.List;

import dev.fidelio.audio.PcmEncoder;
import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;

/** A conversion ready to run: the chain of stages, the encoder at its end, and what it will say about itself. */
public record Conversion(PcmSource chain, PcmEncoder encoder) {

    public String mediaType() {
        return encoder.mediaType(chain.format());
    }

    /** Exact length in bytes, or −1 when the encoder cannot know it beforehand. */
    public long length() {
        long frames = chain.remainingFrames();
        return frames < 0 ? -1 : encoder.encodedLength(chain.format(), frames);
    }

    /** What a conversion will send, told before it runs. */
    public record Preview(String signalPath, String mediaType, PcmFormat format) {
    }

    public Preview preview() {
        return new Preview(signalPath(), mediaType(), chain.format());
    }

    /** E.g. {@code FLAC 24/192 → resample 192000→44100 (sinc, linear phase) → TPDF dither 32→16 → FLAC 16/44.1}. */
    public String signalPath() {
        List<String> steps = new java.util.ArrayList<>(chain.signalPath());
        steps.add(encoder.describe(chain.format()));
        return String.join(" \u2192 ", steps);
    }
}
