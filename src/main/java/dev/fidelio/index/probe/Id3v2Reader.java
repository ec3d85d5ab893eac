package dev.fidelio.index.probe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * ID3v2.2, 2.3 and 2.4 tags, as found at the start of MP3 files and inside WAV, AIFF, DSF and DFF files.
 *
 * <p>Keys are frame ids as written ({@code TIT2}, or {@code TT2} in v2.2); frames that can occur several times are
 * told apart by their description: {@code TXXX:<description>}, {@code WXXX:<description>}, {@code UFID:<owner>},
 * {@code POPM:<email>} (the rating), and {@code COMM}/{@code USLT} with {@code :<description>} appended when there is
 * one (the language is left out). NUL-separated values (ID3v2.4 lists, TIPL pairs) become separate values. Pictures
 * (APIC, PIC) are described, not read. Binary frames (a UFID included, unless its identifier is ASCII), and
 * compressed or encrypted ones, are skipped. A damaged frame list ends
 * the tag quietly: the frames before it are kept, as players do.
 */
final class Id3v2Reader {

    static final int HEADER_SIZE = 10;
    private static final int FOOTER_PRESENT = 0x10;
    private static final int UNSYNCHRONISED = 0x80;
    private static final int EXTENDED_HEADER = 0x40;
    /** APIC/PIC fields before the image: encoding, MIME type or format, picture type, description. */
    private static final int MAX_PICTURE_HEADER = 4096;
    /** A value at the size limit plus its encoding byte and a description. */
    private static final int MAX_TEXT_FRAME = TagCollector.MAX_VALUE_BYTES + 4096;

    private final BoundedInput in;
    private final TagCollector out;
    private final int version;
    /** False when frames are parsed from a de-unsynchronised copy, whose offsets are not those of the file. */
    private final boolean offsetsInFile;

    private Id3v2Reader(BoundedInput in, TagCollector out, int version, boolean offsetsInFile) {
        this.in = in;
        this.out = out;
        this.version = version;
        this.offsetsInFile = offsetsInFile;
    }

    /** Whether an ID3v2 tag starts at {@code at}. */
    static boolean isTagAt(BoundedInput in, long at) throws UnreadableFileException {
        return in.matches(at, "ID3");
    }

    /** The offset just past the tag starting at {@code at}: header, frames and footer. */
    static long tagEnd(BoundedInput in, long at) throws UnreadableFileException {
        byte[] header = in.peek(at, HEADER_SIZE);
        if (header.length < HEADER_SIZE) {
            throw in.truncated("the ID3v2 tag header is cut short");
        }
        int size = 0;
        for (int i = 6; i < HEADER_SIZE; i++) {
            if ((header[i] & 0x80) != 0) {
                throw in.malformed("the ID3v2 tag size is invalid");
            }
            size = size << 7 | header[i];
        }
        boolean footer = header[3] == 4 && (header[5] & FOOTER_PRESENT) != 0;
        return at + HEADER_SIZE + size + (footer ? HEADER_SIZE : 0);
    }

    /**
     * Reads the tag at the current position, which must lie within the current limit, and leaves the position just
     * past it.
     */
    static void read(BoundedInput in, TagCollector out) throws UnreadableFileException {
        long start = in.position();
        long end = tagEnd(in, start);
        BoundedInput.Limit outer = in.narrow(end, "ID3v2 tag");
        int version = in.peek(start + 3, 1)[0];
        int flags = in.peek(start + 5, 1)[0] & 0xFF;
        in.seek(start + HEADER_SIZE);
        // v2.2 used the extended-header bit for compression, which was never specified.
        boolean unreadable = version < 2 || version > 4 || version == 2 && (flags & EXTENDED_HEADER) != 0;
        if (!unreadable) {
            if ((flags & UNSYNCHRONISED) != 0 && version < 4) {
                // Before v2.4 unsynchronisation covers the frame headers too, so frames must be parsed from a copy.
                long body = in.remaining();
                if (body <= BoundedInput.MAX_READ) {
                    byte[] copy = resynchronise(in.bytes((int) body));
                    BoundedInput synced = BoundedInput.of(copy, in.format(), "ID3v2 tag");
                    new Id3v2Reader(synced, out, version, false).frames(flags);
                }
            } else {
                new Id3v2Reader(in, out, version, true).frames(flags);
            }
        }
        in.restore(outer);
        in.seek(end);
    }

    private void frames(int tagFlags) throws UnreadableFileException {
        if (version > 2 && (tagFlags & EXTENDED_HEADER) != 0) {
            long size = version == 3 ? in.u32be() : synchsafe(in.u32be()) - 4;
            if (size < 0 || size > in.remaining()) {
                return;
            }
            in.skip(size);
        }
        int headerSize = version == 2 ? 6 : 10;
        while (in.remaining() >= headerSize) {
            long frameStart = in.position();
            String id = new String(in.bytes(version == 2 ? 3 : 4), StandardCharsets.ISO_8859_1);
            if (!validId(id)) {
                return; // padding, or garbage after the last frame
            }
            long size = frameSize(frameStart + headerSize);
            int formatFlags = version == 2 ? 0 : in.u16be() & 0xFF;
            if (size < 0 || size > in.remaining()) {
                return;
            }
            long frameEnd = in.position() + size;
            BoundedInput.Limit tag = in.narrow(frameEnd, "ID3v2 frame");
            frame(id, formatFlags);
            in.restore(tag);
            in.seek(frameEnd);
        }
    }

    /**
     * v2.4 sizes are synchsafe, but iTunes and others wrote plain ones; where the two readings differ, the one that
     * lands on the next frame (or on the end of the tag) wins.
     */
    private long frameSize(long dataStart) throws UnreadableFileException {
        if (version == 2) {
            return in.u24be();
        }
        long raw = in.u32be();
        if (version == 3 || (raw & 0x80808080L) != 0) {
            return raw;
        }
        long synchsafe = synchsafe(raw);
        return synchsafe == raw || landsOnFrame(dataStart + synchsafe) || !landsOnFrame(dataStart + raw) ? synchsafe : raw;
    }

    private boolean landsOnFrame(long at) throws UnreadableFileException {
        if (at == in.limit()) {
            return true;
        }
        if (at > in.limit()) {
            return false;
        }
        byte[] next = in.peek(at, 4);
        return next.length == 0 || next[0] == 0 || validId(new String(next, StandardCharsets.ISO_8859_1));
    }

    private void frame(String id, int formatFlags) throws UnreadableFileException {
        boolean v4 = version == 4;
        boolean compressed = v4 ? (formatFlags & 0x08) != 0 : (formatFlags & 0x80) != 0;
        boolean encrypted = v4 ? (formatFlags & 0x04) != 0 : (formatFlags & 0x40) != 0;
        if (compressed || encrypted || !wanted(id)) {
            return;
        }
        if (v4 ? (formatFlags & 0x40) != 0 : (formatFlags & 0x20) != 0) {
            in.skip(1); // group id
        }
        if (v4 && (formatFlags & 0x01) != 0) {
            in.skip(4); // data length indicator
        }
        if (v4 && (formatFlags & 0x02) != 0) {
            if (in.remaining() <= BoundedInput.MAX_READ) {
                BoundedInput synced = BoundedInput.of(resynchronise(in.bytes((int) in.remaining())), in.format(),
                        "ID3v2 frame");
                new Id3v2Reader(synced, out, version, false).body(id);
            }
            return;
        }
        body(id);
    }

    private static boolean wanted(String id) {
        return id.charAt(0) == 'T' || id.charAt(0) == 'W' || isPicture(id) || id.equals("COMM") || id.equals("COM")
                || id.equals("USLT") || id.equals("ULT") || id.equals("UFID") || id.equals("UFI")
                || id.equals("POPM") || id.equals("POP");
    }

    private static boolean isPicture(String id) {
        return id.equals("APIC") || id.equals("PIC");
    }

    private void body(String id) throws UnreadableFileException {
        if (isPicture(id)) {
            picture(id);
            return;
        }
        if (in.remaining() > MAX_TEXT_FRAME) {
            return; // a value this long is dropped, not truncated
        }
        byte[] data = in.bytes((int) in.remaining());
        if (data.length == 0) {
            return;
        }
        switch (id) {
            case "TXXX", "TXX" -> {
                int encoding = data[0];
                int valueStart = terminatorEnd(data, 1, encoding);
                add(id + ":" + decode(data, 1, valueStart, encoding), values(data, valueStart, encoding));
            }
            case "WXXX", "WXX" -> {
                int encoding = data[0];
                int urlStart = terminatorEnd(data, 1, encoding);
                add(id + ":" + decode(data, 1, urlStart, encoding), latin1Values(data, urlStart));
            }
            case "COMM", "COM", "USLT", "ULT" -> commentary(id, data);
            case "UFID", "UFI" -> {
                // Identifiers are binary in general; the ones worth keeping (MusicBrainz) are ASCII.
                int ownerEnd = terminatorEnd(data, 0, 0);
                if (isPrintableAscii(data, ownerEnd)) {
                    add(id + ":" + decode(data, 0, ownerEnd, 0), latin1Values(data, ownerEnd));
                }
            }
            case "POPM", "POP" -> {
                int emailEnd = terminatorEnd(data, 0, 0);
                if (emailEnd < data.length) {
                    add(id + ":" + decode(data, 0, emailEnd, 0), List.of(Integer.toString(data[emailEnd] & 0xFF)));
                }
            }
            default -> add(id, id.charAt(0) == 'T' ? values(data, 1, data[0]) : latin1Values(data, 0));
        }
    }

    /** COMM and USLT: encoding, three-letter language, description, then the text. */
    private void commentary(String id, byte[] data) {
        if (data.length < 4) {
            return;
        }
        int encoding = data[0];
        int textStart = terminatorEnd(data, 4, encoding);
        String description = decode(data, 4, textStart, encoding);
        add(description.isEmpty() ? id : id + ":" + description, values(data, textStart, encoding));
    }

    private void picture(String id) throws UnreadableFileException {
        long frameEnd = in.limit();
        long headerStart = in.position();
        byte[] head = in.peek(headerStart, (int) Math.min(MAX_PICTURE_HEADER, in.remaining()));
        if (head.length < 2) {
            return;
        }
        int encoding = head[0];
        String declaredMime;
        int typeAt;
        if (id.equals("PIC")) {
            if (head.length < 5) {
                return;
            }
            String format = Text.latin1(head, 1, 3);
            declaredMime = format.equalsIgnoreCase("PNG") ? "image/png"
                    : format.equalsIgnoreCase("JPG") ? "image/jpeg" : "";
            typeAt = 4;
        } else {
            typeAt = terminatorEnd(head, 1, 0);
            declaredMime = decode(head, 1, typeAt, 0);
        }
        if (typeAt >= head.length) {
            return;
        }
        int type = head[typeAt] & 0xFF;
        int dataStart = terminatorEnd(head, typeAt + 1, encoding);
        if (dataStart == MAX_PICTURE_HEADER) {
            return; // description longer than any real one: not a picture frame we can trust
        }
        long offset = headerStart + dataStart;
        long length = frameEnd - offset;
        if (length <= 0 || length > Integer.MAX_VALUE) {
            return;
        }
        ImageHeader image = ImageHeader.read(in, offset, length);
        out.addPicture(new EmbeddedPicture(type, image.mimeTypeOr(declaredMime), image.width(), image.height(),
                offsetsInFile ? offset : -1, (int) length), () -> in.bytesAt(offset, length));
    }

    private void add(String key, List<String> values) {
        values.forEach(value -> out.add(key, value));
    }

    /** NUL-separated values; empty values in the middle keep (role, name) pairs aligned, trailing ones are padding. */
    private static List<String> values(byte[] data, int from, int encoding) {
        List<String> values = new ArrayList<>();
        int start = from;
        while (start < data.length) {
            int end = terminatorEnd(data, start, encoding);
            values.add(decode(data, start, end, encoding));
            start = end;
        }
        while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
            values.remove(values.size() - 1);
        }
        return values;
    }

    private static List<String> latin1Values(byte[] data, int from) {
        String value = Text.withoutTrailingNuls(Text.latin1(data, from, data.length - from));
        return value.isEmpty() ? List.of() : List.of(value);
    }

    /**
     * The index just past the string starting at {@code from}, including its terminator (one NUL, or two aligned
     * NULs in UTF-16), or the array length when it runs to the end.
     */
    private static int terminatorEnd(byte[] data, int from, int encoding) {
        if (encoding == 1 || encoding == 2) {
            for (int i = from; i + 1 < data.length; i += 2) {
                if (data[i] == 0 && data[i + 1] == 0) {
                    return i + 2;
                }
            }
            return data.length;
        }
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i + 1;
            }
        }
        return data.length;
    }

    /** The string in {@code [from, end)}, less its terminator. */
    private static String decode(byte[] data, int from, int end, int encoding) {
        int length = end - from;
        int width = encoding == 1 || encoding == 2 ? 2 : 1;
        if (length >= width && end <= data.length && isTerminator(data, end - width, width)) {
            length -= width;
        }
        if (length <= 0) {
            return "";
        }
        return new String(data, from, length, charset(encoding, data, from, length));
    }

    private static boolean hasByteOrderMark(byte[] data, int from, int length) {
        if (length < 2) {
            return false;
        }
        int first = data[from] & 0xFF;
        int second = data[from + 1] & 0xFF;
        return first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE;
    }

    private static boolean isTerminator(byte[] data, int at, int width) {
        return data[at] == 0 && (width == 1 || data[at + 1] == 0);
    }

    /**
     * Unknown encodings are read as ISO-8859-1, the ID3v2 default. Each UTF-16 string should start with a byte order
     * mark; one without is taken as little-endian, as Windows taggers write it.
     */
    private static Charset charset(int encoding, byte[] data, int from, int length) {
        return switch (encoding) {
            case 1 -> hasByteOrderMark(data, from, length) ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE;
            case 2 -> StandardCharsets.UTF_16BE;
            case 3 -> StandardCharsets.UTF_8;
            default -> StandardCharsets.ISO_8859_1;
        };
    }

    private static boolean isPrintableAscii(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] < 0x20 || data[i] > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static boolean validId(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static long synchsafe(long value) {
        return (value & 0x7F) | (value >> 8 & 0x7F) << 7 | (value >> 16 & 0x7F) << 14 | (value >> 24 & 0x7F) << 21;
    }

    /** Undoes unsynchronisation: every 0xFF 0x00 pair was a lone 0xFF. */
    private static byte[] resynchronise(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            out.write(bytes[i]);
            if ((bytes[i] & 0xFF) == 0xFF && i + 1 < bytes.length && bytes[i + 1] == 0) {
                i++;
            }
        }
        return out.toByteArray();
    }
}
