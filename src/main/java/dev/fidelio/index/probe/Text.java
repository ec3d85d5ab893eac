package dev.fidelio.index.probe;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Byte-to-text decoding that never fails: malformed input is replaced, or read as Latin-1 where no encoding is
 * defined.
 */
final class Text {

    private Text() {
    }

    /** {@link String#String(byte[], int, int, java.nio.charset.Charset)} replaces malformed UTF-8 with U+FFFD. */
    static String utf8(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    static String utf8(byte[] bytes) {
        return utf8(bytes, 0, bytes.length);
    }

    static String latin1(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * For containers that name no encoding (RIFF INFO, AIFF text chunks, APE binary names): modern writers use
     * UTF-8, older ones a Windows code page, which Latin-1 approximates. Valid UTF-8 is almost never accidental.
     */
    static String utf8OrLatin1(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return latin1(bytes, offset, length);
        }
    }

    /** An id read from a file, fit for a message: anything but printable ASCII becomes '?', surrounding spaces go. */
    static String printable(String id) {
        StringBuilder out = new StringBuilder(id.length());
        id.strip().chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? (char) c : '?'));
        return out.toString();
    }

    /** The index of the first {@code value} byte, or -1. */
    static int indexOf(byte[] bytes, int value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == (byte) value) {
                return i;
            }
        }
        return -1;
    }

    /** C-style strings and padded fields end in NULs that are no part of the value. */
    static String withoutTrailingNuls(String value) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == '\0') {
            end--;
        }
        return value.substring(0, end);
    }
}
