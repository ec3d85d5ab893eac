package dev.fidelio.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import dev.fidelio.index.probe.AudioProperties;

/**
 * What recognizes a file's audio after a move or rename. FLAC carries the MD5 of its decoded audio, which even a
 * re-tag leaves alone; for other formats a hash of the file's length and its last 64 KiB (audio, in most layouts,
 * while tags sit at the start) stands in.
 */
final class ContentKey {

    private static final int TAIL_BYTES = 64 * 1024;

    private ContentKey() {
    }

    static byte[] of(Path file, AudioProperties audio, long size) throws IOException {
        if (audio.audioMd5() != null) {
            return prefixed((byte) 'M', audio.audioMd5(), audio.totalSamples());
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            int length = (int) Math.min(TAIL_BYTES, size);
            ByteBuffer tail = ByteBuffer.allocate(length);
            long position = size - length;
            while (tail.hasRemaining() && channel.read(tail, position + tail.position()) > 0) {
                // read until the buffer is full or the file ends early
            }
            MessageDigest sha = sha256();
            sha.update(tail.flip());
            return prefixed((byte) 'T', sha.digest(), size);
        }
    }

    private static byte[] prefixed(byte kind, byte[] hash, long length) {
        return ByteBuffer.allocate(1 + 8 + hash.length).put(kind).putLong(length).put(hash).array();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
