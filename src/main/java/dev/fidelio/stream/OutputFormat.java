package dev.fidelio.stream;

import java.util.Locale;
import java.util.function.Supplier;

import dev.fidelio.audio.PcmEncoder;
import dev.fidelio.audio.encode.LinearPcmEncoder;
import dev.fidelio.audio.encode.WavEncoder;
import dev.fidelio.audio.encode.flac.FlacEncoder;
import dev.fidelio.web.ApiException;

/** The containers a conversion can be sent in, with the deepest samples each carries. */
public enum OutputFormat {
    FLAC(24, FlacEncoder::new),
    WAV(32, WavEncoder::new),
    L16(16, LinearPcmEncoder::new),
    L24(24, LinearPcmEncoder::new);

    private final int maxBits;
    private final Supplier<PcmEncoder> encoder;

    OutputFormat(int maxBits, Supplier<PcmEncoder> encoder) {
        this.maxBits = maxBits;
        this.encoder = encoder;
    }

    public int maxBits() {
        return maxBits;
    }

    /** L16 and L24 are exactly their depth; the others at most theirs. */
    public boolean fixedDepth() {
        return this == L16 || this == L24;
    }

    public PcmEncoder encoder() {
        return encoder.get();
    }

    public static OutputFormat parse(String value) {
        if (value == null) {
            return FLAC;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("format must be flac, wav, l16 or l24; not '" + value + "'");
        }
    }
}
