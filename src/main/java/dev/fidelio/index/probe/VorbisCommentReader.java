package dev.fidelio.index.probe;

import java.util.Arrays;
import java.util.Base64;

/**
 * Vorbis comments, as in FLAC's VORBIS_COMMENT block and the Vorbis and Opus comment headers: a vendor string, then
 * {@code KEY=value} entries, all lengths little-endian. Every entry is kept with its key as written and its value as
 * UTF-8 (malformed bytes replaced); pictures stored as METADATA_BLOCK_PICTURE entries are described instead.
 */
final class VorbisCommentReader {

    /** More entries than this is not a tag but a corrupt count. */
    static final int MAX_COMMENTS = 100_000;
    private static final String PICTURE_KEY = "METADATA_BLOCK_PICTURE";
    private static final int MAX_KEY_LENGTH = 256;
    /** Enough base64 for a picture's fields and the start of its image, where the image size is read. */
    private static final int PICTURE_PREFIX_CHARS = 16 * 1024;

    private VorbisCommentReader() {
    }

    /** Reads the comments from the position to the current limit. */
    static void read(BoundedInput in, TagCollector out) throws UnreadableFileException {
        long vendorLength = in.u32le();
        in.require(vendorLength, "the Vorbis comment vendor string");
        in.skip(vendorLength);
        long count = in.u32le();
        // Each entry takes at least its four length bytes.
        if (count > MAX_COMMENTS || count * 4 > in.remaining()) {
            throw in.malformed("the Vorbis comment block declares " + count + " comments");
        }
        for (long i = 0; i < count; i++) {
            long length = in.u32le();
            in.require(length, "a Vorbis comment");
            long end = in.position() + length;
            comment(in, end, out);
            in.seek(end);
        }
    }

    private static void comment(BoundedInput in, long end, TagCollector out) throws UnreadableFileException {
        byte[] head = in.peek(in.position(), (int) Math.min(MAX_KEY_LENGTH + 1, end - in.position()));
        int equals = Text.indexOf(head, '=');
        if (equals <= 0) {
            return; // no key: not a comment
        }
        String key = Text.utf8(head, 0, equals);
        in.skip(equals + 1);
        long valueLength = end - in.position();
        if (key.equalsIgnoreCase(PICTURE_KEY)) {
            picture(in, valueLength, out);
        } else if (valueLength <= TagCollector.MAX_VALUE_BYTES) {
            out.add(key, Text.utf8(in.bytes((int) valueLength)));
        }
    }

    /**
     * Decodes only the start of the base64 text: enough to describe the picture. The whole text is decoded only
     * when the image is wanted.
     */
    private static void picture(BoundedInput in, long base64Length, TagCollector out) throws UnreadableFileException {
        long textStart = in.position();
        int prefixLength = (int) Math.min(base64Length, PICTURE_PREFIX_CHARS) & ~3;
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(in.bytes(prefixLength));
        } catch (IllegalArgumentException e) {
            return; // not base64: nothing to describe
        }
        long decodedLength = base64Length / 4 * 3;
        EmbeddedPicture inText;
        try {
            inText = FlacPicture.read(BoundedInput.of(decoded, in.format(), "picture"), decodedLength);
        } catch (UnreadableFileException e) {
            return; // The fields ran past the decoded prefix (an absurdly long description): the picture is skipped.
        }
        if (inText != null) {
            out.addPicture(new EmbeddedPicture(inText.type(), inText.mimeType(), inText.width(), inText.height(), -1,
                    inText.length()), () -> image(in, textStart, base64Length, inText));
        }
    }

    /** The image of a picture comment: its offset in the decoded text is the one found in the decoded prefix. */
    private static byte[] image(BoundedInput in, long textStart, long base64Length, EmbeddedPicture inText)
            throws UnreadableFileException {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(in.bytesAt(textStart, base64Length));
        } catch (IllegalArgumentException e) {
            throw in.malformed("a picture comment is not valid base64");
        }
        long end = inText.offset() + inText.length();
        if (end > decoded.length) {
            throw in.malformed("a picture comment is shorter than its image");
        }
        return Arrays.copyOfRange(decoded, (int) inText.offset(), (int) end);
    }
}
