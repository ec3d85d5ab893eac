package dev.fidelio.stream;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

/** Cover images for the art tests: real ones with known pixels, and hostile ones that only look like images. */
final class TestCovers {

    private TestCovers() {
    }

    /**
     * Four vertical bands (red, green, blue, white) over the width; with {@code alpha}, the right half is half
     * transparent.
     */
    static BufferedImage bands(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] colours = {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF};
        int[] row = new int[width];
        for (int x = 0; x < width; x++) {
            row[x] = (alpha && x >= width / 2 ? 0x80 : 0xFF) << 24 | colours[(int) ((long) x * colours.length / width)];
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            System.arraycopy(row, 0, pixels, y * width, width);
        }
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A PNG whose header declares {@code width}×{@code height} RGB pixels and whose data holds only the first rows:
     * a decoder believing the header would allocate width × height × 3 bytes.
     */
    static byte[] pngDeclaring(int width, int height) {
        byte[] header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0).array();
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[4 * (1 + width * 3)]);
        deflater.finish();
        byte[] compressed = new byte[64 * 1024];
        int length = deflater.deflate(compressed);
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        out.writeBytes(chunk("IHDR", header));
        out.writeBytes(chunk("IDAT", Arrays.copyOf(compressed, length)));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** A real JPEG whose frame header is changed to declare {@code width}×{@code height}. */
    static byte[] jpegDeclaring(int width, int height) {
        byte[] jpeg = encode(bands(64, 64, false), "jpeg");
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) height).putShort((short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("No baseline frame header");
    }

    /** The first half of {@code image}. */
    static byte[] truncated(byte[] image) {
        return Arrays.copyOf(image, image.length / 2);
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue())
                .array();
    }
}
