package dev.fidelio.audio.pipeline;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.dither.Requantizer;
import dev.fidelio.audio.mix.Downmix;
import dev.fidelio.audio.resample.Resampler;

/**
 * The filters between a decoder and an encoder, in the order that keeps the most precision: fold channels, change
 * the rate, then one requantization that applies any gain and dithers once. A stage is added only when it changes
 * something, so a request for what the file already is stays bit-perfect.
 */
public final class ConversionChain {

    private ConversionChain() {
    }

    public static PcmSource build(PcmSource decoded, ConversionTarget target) {
        PcmFormat source = decoded.format();
        PcmSource chain = decoded;
        if (target.channels() != null && target.channels() < source.channels()) {
            chain = new Downmix(chain, target.channels());
        }
        if (target.sampleRate() != null && target.sampleRate() != source.sampleRate()) {
            chain = new Resampler(chain, target.sampleRate(), target.headroomDb());
        }
        int bits = Math.min(target.bitsPerSample() == null ? source.bitsPerSample() : target.bitsPerSample(), target.maxBits());
        if (bits != chain.format().bitsPerSample() || !target.gain().isUnity()) {
            chain = new Requantizer(chain, bits, target.gain());
        }
        return chain;
    }
}
