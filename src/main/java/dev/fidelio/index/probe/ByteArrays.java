package dev.fidelio.index.probe;

/** Reading fields out of small byte arrays already in memory (headers peeked at, file tails); callers check lengths. */
final class ByteArrays {

    private ByteArrays() {
    }

    /** Whether {@code bytes} holds the ASCII text {@code ascii} at {@code at}; false where it is too short. */
    static boolean startsWith(byte[] bytes, int at, String ascii) {
        if (at < 0 || at + ascii.length() > bytes.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static int u16be(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    static int u16le(byte[] b, int at) {
        return b[at] & 0xFF | (b[at + 1] & 0xFF) << 8;
    }

    static long u32be(byte[] b, int at) {
        return (long) u16be(b, at) << 16 | u16be(b, at + 2);
    }

    static long u32le(byte[] b, int at) {
        return u16le(b, at) | (long) u16le(b, at + 2) << 16;
    }
}
