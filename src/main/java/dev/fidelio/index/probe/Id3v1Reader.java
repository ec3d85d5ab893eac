package dev.fidelio.index.probe;

import java.util.Arrays;

/**
 * The 128-byte ID3v1 (and v1.1) tag at the end of old MP3 files, read only when a file has no ID3v2 tag. Its fields
 * have no frame ids, so they are kept under the APE-style names {@code Title}, {@code Artist}, {@code Album},
 * {@code Year}, {@code Comment}, {@code Track} and {@code Genre} (the genre as its ID3v1 number).
 */
final class Id3v1Reader {

    static final int SIZE = 128;
    private static final int NO_GENRE = 255;

    private Id3v1Reader() {
    }

    /** Whether the file ends with an ID3v1 tag. */
    static boolean isPresent(BoundedInput in) throws UnreadableFileException {
        return in.size() >= SIZE && in.matches(in.size() - SIZE, "TAG");
    }

    static void read(BoundedInput in, TagCollector out) throws UnreadableFileException {
        byte[] tag = in.peek(in.size() - SIZE, SIZE);
        add(out, "Title", tag, 3, 30);
        add(out, "Artist", tag, 33, 30);
        add(out, "Album", tag, 63, 30);
        add(out, "Year", tag, 93, 4);
        boolean v11 = tag[125] == 0 && tag[126] != 0;
        add(out, "Comment", tag, 97, v11 ? 28 : 30);
        if (v11) {
            out.add("Track", Integer.toString(tag[126] & 0xFF));
        }
        if ((tag[127] & 0xFF) != NO_GENRE) {
            out.add("Genre", Integer.toString(tag[127] & 0xFF));
        }
    }

    /** Fields are padded with NULs or spaces. */
    private static void add(TagCollector out, String key, byte[] tag, int offset, int length) {
        int nul = Text.indexOf(Arrays.copyOfRange(tag, offset, offset + length), 0);
        String value = Text.latin1(tag, offset, nul < 0 ? length : nul).strip();
        if (!value.isEmpty()) {
            out.add(key, value);
        }
    }
}
