package dev.fidelio.index.probe;

import java.nio.charset.StandardCharsets;

/**
 * What an embedded image is and how large, from the first bytes of its data: ID3, APE and MP4 store no size, and a
 * declared MIME type is often wrong ("image/jpg", empty). Only headers are read, never the image.
 *
 * @param mimeType null when the signature is not one of PNG, JPEG, GIF, BMP or WebP
 */
record ImageHeader(String mimeType, int width, int height) {

    private static final ImageHeader UNKNOWN = new ImageHeader(null, 0, 0);
    private static final int PREFIX = 32;
    /** A JPEG's size sits in its SOF segment, after EXIF, ICC and thumbnail segments; stop looking after this many. */
    private static final int MAX_JPEG_SEGMENTS = 64;

    /** The image stored in {@code length} bytes at {@code offset} of {@code in}. */
    static ImageHeader read(BoundedInput in, long offset, long length) throws UnreadableFileException {
        byte[] head = in.peek(offset, (int) Math.min(PREFIX, length));
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A) && head.length >= 24) {
            return new ImageHeader("image/png", int32be(head, 16), int32be(head, 20));
        }
        if (startsWith(head, 0xFF, 0xD8)) {
            return jpeg(in, offset, length);
        }
        if (startsWith(head, 'G', 'I', 'F', '8') && head.length >= 10) {
            return new ImageHeader("image/gif", ByteArrays.u16le(head, 6), ByteArrays.u16le(head, 8));
        }
        if (startsWith(head, 'B', 'M') && head.length >= 26) {
            return new ImageHeader("image/bmp", bmpDimension(head, 18), bmpDimension(head, 22));
        }
        if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 30 && head[8] == 'W' && head[9] == 'E'
                && head[10] == 'B' && head[11] == 'P') {
            return webp(head);
        }
        return UNKNOWN;
    }

    /** The detected type when there is one, else what the container declared. */
    String mimeTypeOr(String declared) {
        return mimeType != null ? mimeType : declared;
    }

    private static ImageHeader jpeg(BoundedInput in, long offset, long length) throws UnreadableFileException {
        long end = offset + length;
        long at = offset + 2;
        for (int segment = 0; segment < MAX_JPEG_SEGMENTS && at + 4 <= end; segment++) {
            byte[] marker = in.peek(at, 9);
            if (marker.length < 4 || (marker[0] & 0xFF) != 0xFF) {
                break;
            }
            int type = marker[1] & 0xFF;
            if (type == 0xFF) {
                at++; // fill byte before a marker
                continue;
            }
            if (type == 0x01 || (type >= 0xD0 && type <= 0xD8)) {
                at += 2; // markers without a length
                continue;
            }
            if (type == 0xD9 || type == 0xDA) {
                break; // end of image or start of scan: no frame header before the pixels
            }
            boolean startOfFrame = type >= 0xC0 && type <= 0xCF && type != 0xC4 && type != 0xC8 && type != 0xCC;
            if (startOfFrame && marker.length >= 9) {
                return new ImageHeader("image/jpeg", ByteArrays.u16be(marker, 7), ByteArrays.u16be(marker, 5));
            }
            at += 2 + ByteArrays.u16be(marker, 2);
        }
        return new ImageHeader("image/jpeg", 0, 0);
    }

    private static ImageHeader webp(byte[] head) {
        String chunk = new String(head, 12, 4, StandardCharsets.ISO_8859_1);
        return switch (chunk) {
            case "VP8 " -> new ImageHeader("image/webp", ByteArrays.u16le(head, 26) & 0x3FFF,
                    ByteArrays.u16le(head, 28) & 0x3FFF);
            case "VP8L" -> {
                long bits = ByteArrays.u16le(head, 21) | (long) ByteArrays.u16le(head, 23) << 16;
                yield new ImageHeader("image/webp", (int) (bits & 0x3FFF) + 1, (int) (bits >> 14 & 0x3FFF) + 1);
            }
            case "VP8X" -> new ImageHeader("image/webp", u24le(head, 24) + 1, u24le(head, 27) + 1);
            default -> new ImageHeader("image/webp", 0, 0);
        };
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u24le(byte[] b, int at) {
        return ByteArrays.u16le(b, at) | (b[at + 2] & 0xFF) << 16;
    }

    /** Widths beyond 2^31 are nonsense; clamping keeps them from turning negative. */
    private static int int32be(byte[] b, int at) {
        return (int) Math.min(Integer.MAX_VALUE, (long) ByteArrays.u16be(b, at) << 16 | ByteArrays.u16be(b, at + 2));
    }

    /** BMP heights are negative for top-down images. */
    private static int bmpDimension(byte[] b, int at) {
        long value = ByteArrays.u16le(b, at) | ByteArrays.u16le(b, at + 2) << 16;
        return (int) Math.min(Integer.MAX_VALUE, Math.abs(value));
    }
}
