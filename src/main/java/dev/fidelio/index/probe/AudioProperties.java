package dev.fidelio.index.probe;

/**
 * What a file's audio is, exactly, as its headers state it.
 *
 * @param bitsPerSample  0 when the format has no fixed sample size (lossy codecs)
 * @param totalSamples   samples per channel; -1 when the header does not say
 * @param bitrateKbps    average over the whole file (for lossless: file size / duration)
 * @param dsdRate        DSD sample rate in Hz (2822400 for DSD64) for DSF/DFF, else 0; sampleRate is then the DSD rate too
 * @param audioMd5       the FLAC STREAMINFO MD5 of the decoded audio, or null (absent, or all zero)
 */
public record AudioProperties(AudioFormat format, String codec, int sampleRate, int bitsPerSample, int channels,
        long totalSamples, double durationSeconds, int bitrateKbps, int dsdRate, byte[] audioMd5) {

    public boolean lossless() {
        return format.lossless();
    }
}
