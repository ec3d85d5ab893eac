package dev.fidelio.audio.encode.flac;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.encode.SampleLayout;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The MD5 STREAMINFO carries: of every sample, interleaved, little-endian, sign-extended to whole bytes. */
final class AudioMd5 {

    private final MessageDigest digest;
    private final SampleLayout layout;
    private byte[] bytes = new byte[0];

    AudioMd5(PcmFormat format) {
        layout = SampleLayout.flacMd5(format);
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JRE has MD5", e);
        }
    }

    void update(int[] samples, int count) {
        int length = count * layout.bytes();
        if (bytes.length < length) {
            bytes = new byte[length];
        }
        digest.update(bytes, 0, layout.pack(samples, count, bytes, 0));
    }

    byte[] digest() {
        return digest.digest();
    }
}
