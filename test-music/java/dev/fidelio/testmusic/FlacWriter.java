package dev.fidelio.testmusic;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small FLAC encoder: STREAMINFO (with the MD5 of the unencoded audio), VORBIS_COMMENT, an optional front-cover
 * PICTURE and PADDING, then fixed-size frames with independently coded channels (see {@link FlacSubframeEncoder}).
 */
public final class FlacWriter {

    public static final int BLOCK_SIZE = 4096;
    public static final String VENDOR = "Fidelio sample library generator 1";
    static final int STREAMINFO_LENGTH = 34;
    private static final int PADDING_LENGTH = 1024;
    private static final int FRONT_COVER = 3;
    private static final int STREAMINFO = 0;
    private static final int PADDING = 1;
    private static final int VORBIS_COMMENT = 4;
    private static final int PICTURE = 6;

    private FlacWriter() {
    }

    /** Encodes {@code pcm} with {@code tags} as Vorbis comments (keys as given, values in order) and an optional cover. */
    public static byte[] write(Pcm pcm, Map<String, List<String>> tags, EncodedImage cover) {
        FlacFrameHeader.validate(pcm);
        List<byte[]> frames = new ArrayList<>();
        for (int offset = 0, number = 0; offset < pcm.frames(); offset += BLOCK_SIZE, number++) {
            frames.add(frame(pcm, number, offset, Math.min(BLOCK_SIZE, pcm.frames() - offset)));
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("fLaC".getBytes(StandardCharsets.US_ASCII));
        writeBlock(file, STREAMINFO, streamInfo(pcm, frames), false);
        writeBlock(file, VORBIS_COMMENT, vorbisComment(tags), false);
        if (cover != null) {
            writeBlock(file, PICTURE, picture(cover), false);
        }
        writeBlock(file, PADDING, new byte[PADDING_LENGTH], true);
        frames.forEach(file::writeBytes);
        return file.toByteArray();
    }

    private static byte[] frame(Pcm pcm, int number, int offset, int blockSize) {
        BitWriter out = new BitWriter();
        FlacFrameHeader.write(out, pcm, number, blockSize);
        out.writeBits(out.crc(Crc.CRC8), 8);
        for (int[] channel : pcm.samples()) {
            FlacSubframeEncoder.write(channel, offset, blockSize, pcm.bitsPerSample(), out);
        }
        out.padToByte();
        out.writeBits(out.crc(Crc.CRC16), 16);
        return out.toByteArray();
    }

    private static byte[] streamInfo(Pcm pcm, List<byte[]> frames) {
        int minFrame = frames.stream().mapToInt(f -> f.length).min().orElse(0);
        int maxFrame = frames.stream().mapToInt(f -> f.length).max().orElse(0);
        BitWriter out = new BitWriter();
        out.writeBits(BLOCK_SIZE, 16);
        out.writeBits(BLOCK_SIZE, 16);
        out.writeBits(minFrame, 24);
        out.writeBits(maxFrame, 24);
        out.writeBits(pcm.sampleRate(), 20);
        out.writeBits(pcm.channels() - 1, 3);
        out.writeBits(pcm.bitsPerSample() - 1, 5);
        out.writeBits(pcm.frames(), 36);
        byte[] fields = out.toByteArray();
        byte[] block = new byte[STREAMINFO_LENGTH];
        System.arraycopy(fields, 0, block, 0, fields.length);
        System.arraycopy(audioMd5(pcm), 0, block, fields.length, 16);
        return block;
    }

    /** The spec's MD5: all samples interleaved, little-endian, each sign-extended to whole bytes. */
    private static byte[] audioMd5(Pcm pcm) {
        try {
            return MessageDigest.getInstance("MD5").digest(pcm.interleaved(ByteOrder.LITTLE_ENDIAN));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JRE has MD5", e);
        }
    }

    /** Vorbis comment lengths are little-endian, unlike the rest of FLAC. */
    private static byte[] vorbisComment(Map<String, List<String>> tags) {
        List<byte[]> comments = new ArrayList<>();
        tags.forEach((key, values) -> {
            if (!key.matches("[\\x20-\\x3C\\x3E-\\x7D]+")) {
                throw new IllegalArgumentException("Invalid Vorbis comment name: " + key);
            }
            values.forEach(value -> comments.add((key + "=" + value).getBytes(StandardCharsets.UTF_8)));
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeLittleEndianString(out, VENDOR.getBytes(StandardCharsets.UTF_8));
        writeLittleEndianInt(out, comments.size());
        comments.forEach(comment -> writeLittleEndianString(out, comment));
        return out.toByteArray();
    }

    private static void writeLittleEndianString(ByteArrayOutputStream out, byte[] utf8) {
        writeLittleEndianInt(out, utf8.length);
        out.writeBytes(utf8);
    }

    private static void writeLittleEndianInt(ByteArrayOutputStream out, int value) {
        for (int shift = 0; shift < 32; shift += 8) {
            out.write(value >>> shift);
        }
    }

    private static byte[] picture(EncodedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            byte[] mime = image.mimeType().getBytes(StandardCharsets.US_ASCII);
            out.writeInt(FRONT_COVER);
            out.writeInt(mime.length);
            out.write(mime);
            out.writeInt(0); // no description
            out.writeInt(image.width());
            out.writeInt(image.height());
            out.writeInt(image.colorDepth());
            out.writeInt(0); // not an indexed-colour image
            out.writeInt(image.data().length);
            out.write(image.data());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeBlock(ByteArrayOutputStream file, int type, byte[] body, boolean last) {
        if (body.length >= 1 << 24) {
            throw new IllegalArgumentException("Metadata block too large: " + body.length);
        }
        file.write((last ? 0x80 : 0) | type);
        file.write(body.length >>> 16);
        file.write(body.length >>> 8);
        file.write(body.length);
        file.writeBytes(body);
    }
}
