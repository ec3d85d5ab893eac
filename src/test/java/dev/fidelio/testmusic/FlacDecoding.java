package dev.fidelio.testmusic;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.jflac.FLACDecoder;
import org.jflac.PCMProcessor;
import org.jflac.metadata.StreamInfo;
import org.jflac.util.ByteData;

/**
 * Decodes FLAC bytes with JFLAC, independently of {@link FlacWriter}. JFLAC hands out PCM interleaved, little-endian,
 * in whole bytes per sample: exactly the layout the FLAC STREAMINFO MD5 is computed over.
 */
record FlacDecoding(StreamInfo streamInfo, byte[] declaredMd5, byte[] pcm, int badFrames, Exception error) {

    private static final int MD5_OFFSET = 4 + 4 + 18; // "fLaC", block header, STREAMINFO fields before the MD5

    static FlacDecoding decode(byte[] file) {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        FLACDecoder decoder = new FLACDecoder(new ByteArrayInputStream(file));
        decoder.addPCMProcessor(new PCMProcessor() {
            @Override
            public void processStreamInfo(StreamInfo info) {
            }

            @Override
            public void processPCM(ByteData data) {
                pcm.write(data.getData(), 0, data.getLen());
            }
        });
        Exception error = null;
        try {
            decoder.decode();
        } catch (IOException | RuntimeException e) {
            error = e;
        }
        byte[] declared = file.length >= MD5_OFFSET + 16 ? Arrays.copyOfRange(file, MD5_OFFSET, MD5_OFFSET + 16) : null;
        return new FlacDecoding(decoder.getStreamInfo(), declared, pcm.toByteArray(), decoder.getBadFrames(), error);
    }

    byte[] decodedMd5() {
        try {
            return MessageDigest.getInstance("MD5").digest(pcm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long decodedSamplesPerChannel() {
        return pcm.length / ((long) streamInfo.getChannels() * ((streamInfo.getBitsPerSample() + 7) / 8));
    }

    /** What a careful reader must check before trusting a file: it decodes, completely, to audio with the declared MD5. */
    boolean isValid() {
        return error == null
                && badFrames == 0
                && streamInfo != null
                && streamInfo.getChannels() > 0
                && decodedSamplesPerChannel() == streamInfo.getTotalSamples()
                && Arrays.equals(declaredMd5, decodedMd5());
    }
}
