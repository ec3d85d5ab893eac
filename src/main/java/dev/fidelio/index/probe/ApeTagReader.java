package dev.fidelio.index.probe;

/**
 * APEv2 (and APEv1) tags at the end of a file, before an ID3v1 tag if there is one. Text items are kept under their
 * keys as written, several values (NUL-separated) as separate values; {@code Cover Art (...)} binary items are
 * described as pictures; other binary items are skipped.
 */
final class ApeTagReader {

    private static final int FOOTER_SIZE = 32;
    private static final int ID3V1_SIZE = 128;
    private static final int MAX_KEY_LENGTH = 255;
    private static final int TYPE_BINARY = 1;
    private static final String COVER_PREFIX = "Cover Art (";
    /** APE cover keys name ID3v2 picture types; the index in this list is the type number. */
    private static final String[] PICTURE_TYPES = {"Other", "Icon", "Other Icon", "Front", "Back", "Leaflet", "Media",
            "Lead Artist", "Artist", "Conductor", "Band", "Composer", "Lyricist", "Recording Location",
            "During Recording", "During Performance", "Video Capture", "A Bright Coloured Fish", "Illustration",
            "Band Logotype", "Publisher Logotype"};

    private ApeTagReader() {
    }

    /** Reads the tag ending the file, if any, and returns where it starts (the file size when there is none). */
    static long read(BoundedInput in, TagCollector out) throws UnreadableFileException {
        long end = in.size();
        if (end >= ID3V1_SIZE && in.matches(end - ID3V1_SIZE, "TAG")) {
            end -= ID3V1_SIZE;
        }
        if (end < FOOTER_SIZE || !in.matches(end - FOOTER_SIZE, "APETAGEX")) {
            return in.size();
        }
        in.seek(end - FOOTER_SIZE + 12);
        long size = in.u32le(); // items and footer
        long count = in.u32le();
        long flags = in.u32le();
        long itemsStart = end - size;
        if (size < FOOTER_SIZE || itemsStart < 0) {
            return in.size(); // a damaged tag: ignored, the audio is what matters
        }
        boolean hasHeader = (flags & 0x8000_0000L) != 0;
        in.seek(itemsStart);
        BoundedInput.Limit file = in.narrow(end - FOOTER_SIZE, "APE tag");
        for (long i = 0; i < count && in.remaining() >= 9; i++) {
            long valueLength = in.u32le();
            long itemFlags = in.u32le();
            String key = key(in);
            if (key == null || valueLength > in.remaining()) {
                break;
            }
            long next = in.position() + valueLength;
            if ((itemFlags >> 1 & 3) == TYPE_BINARY) {
                binary(in, key, next, out);
            } else if (valueLength <= TagCollector.MAX_VALUE_BYTES) {
                byte[] value = in.bytes((int) valueLength);
                for (String part : Text.utf8(value).split("\0")) {
                    out.add(key, part);
                }
            }
            in.seek(next);
        }
        in.restore(file);
        return hasHeader ? Math.max(0, itemsStart - FOOTER_SIZE) : itemsStart;
    }

    /** The NUL-terminated ASCII key, or null when there is none within bounds. */
    private static String key(BoundedInput in) throws UnreadableFileException {
        byte[] head = in.peek(in.position(), (int) Math.min(MAX_KEY_LENGTH + 1, in.remaining()));
        int nul = Text.indexOf(head, 0);
        if (nul <= 0) {
            return null;
        }
        in.skip(nul + 1);
        return Text.latin1(head, 0, nul);
    }

    /** A cover item holds a file name, a NUL, then the image. */
    private static void binary(BoundedInput in, String key, long end, TagCollector out) throws UnreadableFileException {
        if (!key.regionMatches(true, 0, COVER_PREFIX, 0, COVER_PREFIX.length()) || !key.endsWith(")")) {
            return;
        }
        byte[] head = in.peek(in.position(), (int) Math.min(MAX_KEY_LENGTH + 1, end - in.position()));
        int nul = Text.indexOf(head, 0);
        long offset = in.position() + nul + 1;
        long length = end - offset;
        if (nul < 0 || length <= 0 || length > Integer.MAX_VALUE) {
            return;
        }
        ImageHeader image = ImageHeader.read(in, offset, length);
        out.addPicture(new EmbeddedPicture(pictureType(key.substring(COVER_PREFIX.length(), key.length() - 1)),
                image.mimeTypeOr(""), image.width(), image.height(), offset, (int) length),
                () -> in.bytesAt(offset, length));
    }

    private static int pictureType(String name) {
        for (int type = 0; type < PICTURE_TYPES.length; type++) {
            if (PICTURE_TYPES[type].equalsIgnoreCase(name)) {
                return type;
            }
        }
        return 0;
    }
}
