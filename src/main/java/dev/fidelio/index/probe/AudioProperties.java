package dev.fidelio.index.probe;

import dev.fidelio.library.AudioFormat;

/**
 * What a file's audio is, exactly, as its headers state it.
 *
 * @param codec          one of "FLAC", "ALAC", "PCM", "PCM float", "DSD", "DST", "WavPack", "WavPack hybrid",
 *                       "WavPack DSD", "MP3", "MP2", "MP1", "AAC", "HE-AAC", "HE-AAC v2", "AAC-LD", "AAC-ELD",
 *                       "xHE-AAC", "Vorbis", "Opus"
 * @param bitsPerSample  0 when the format has no fixed sample size (lossy codecs); 1 for DSD
 * @param totalSamples   samples per channel (1-bit samples for DSD); -1 when the header does not say
 * @param bitrateKbps    average over the whole file: for lossless formats the audio bytes (the file less its
 *                       metadata and tags) over the duration; for lossy ones what the headers say where they say
 *                       it (Vorbis nominal, AAC average, MP3 CBR); 0 when the duration is unknown
 * @param dsdRate        DSD sample rate in Hz (2822400 for DSD64) for DSF, DFF and DSD WavPack, else 0; sampleRate is
 *                       then the DSD rate too
 * @param audioMd5       the FLAC STREAMINFO MD5 of the decoded audio, or null (absent, or all zero)
 */
public record AudioProperties(AudioFormat format, String codec, int sampleRate, int bitsPerSample, int channels,
        long totalSamples, double durationSeconds, int bitrateKbps, int dsdRate, byte[] audioMd5) {

    public boolean lossless() {
        return format.lossless();
    }
}
