package dev.fidelio.audio.encode.flac;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A FLAC metadata block other than STREAMINFO, by type and body; the 4-byte block header is added on writing. */
public record MetadataBlock(int type, byte[] body) {

    public static final int STREAMINFO = 0;
    public static final int PADDING = 1;
    public static final int VORBIS_COMMENT = 4;
    public static final int PICTURE = 6;
    public static final int MAX_LENGTH = (1 << 24) - 1;
    private static final int LAST_FLAG = 0x80;

    public MetadataBlock {
        if (type < 0 || type > 126) {
            throw new IllegalArgumentException("Invalid metadata block type: " + type);
        }
        if (body.length > MAX_LENGTH) {
            throw new IllegalArgumentException("Metadata block too large: " + body.length);
        }
    }

    public static MetadataBlock padding(int length) {
        return new MetadataBlock(PADDING, new byte[length]);
    }

    /**
     * A VORBIS_COMMENT with {@code vendor} and {@code tags} in map order, a key repeated for each of its values.
     * Unlike the rest of FLAC its lengths are little-endian.
     */
    public static MetadataBlock vorbisComment(String vendor, Map<String, List<String>> tags) {
        List<byte[]> comments = new ArrayList<>();
        tags.forEach((key, values) -> {
            if (!key.matches("[\\x20-\\x3C\\x3E-\\x7D]+")) {
                throw new IllegalArgumentException("Invalid Vorbis comment name: " + key);
            }
            values.forEach(value -> comments.add((key + "=" + value).getBytes(StandardCharsets.UTF_8)));
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeLittleEndianString(out, vendor.getBytes(StandardCharsets.UTF_8));
        writeLittleEndianInt(out, comments.size());
        comments.forEach(comment -> writeLittleEndianString(out, comment));
        return new MetadataBlock(VORBIS_COMMENT, out.toByteArray());
    }

    /** The block with its header; {@code last} marks the final metadata block before the audio frames. */
    public byte[] toBytes(boolean last) {
        byte[] bytes = new byte[4 + body.length];
        bytes[0] = (byte) ((last ? LAST_FLAG : 0) | type);
        bytes[1] = (byte) (body.length >>> 16);
        bytes[2] = (byte) (body.length >>> 8);
        bytes[3] = (byte) body.length;
        System.arraycopy(body, 0, bytes, 4, body.length);
        return bytes;
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
}
