package dev.fidelio.testmusic;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws cover images: a diagonal gradient between the artwork's two colours in eight flat bands, with a disc in the
 * inverted gradient. Pixels are computed with integer arithmetic (no Graphics2D, whose antialiasing may vary), and the
 * encoders get fixed settings, so a given JDK always produces the same bytes.
 */
public final class CoverArt {

    private static final float JPEG_QUALITY = 0.85f;
    private static final int BANDS = 8;
    private static final int COLOR_DEPTH = 24;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        ImageIO.setUseCache(false);
    }

    private CoverArt() {
    }

    public static EncodedImage render(Artwork artwork) {
        BufferedImage image = draw(artwork);
        byte[] data = switch (artwork.format()) {
            case JPEG -> jpeg(image);
            case PNG -> png(image);
        };
        return new EncodedImage(artwork.format().mimeType(), artwork.width(), artwork.height(), COLOR_DEPTH, data);
    }

    private static BufferedImage draw(Artwork artwork) {
        int w = artwork.width();
        int h = artwork.height();
        int from = rgb(artwork.colors().get(0));
        int to = rgb(artwork.colors().get(1));
        long centreX = w * 62L / 100;
        long centreY = h * 38L / 100;
        long radius = Math.min(w, h) / 4;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int band = (int) ((long) (x + y) * BANDS / (w + h - 1));
                boolean inDisc = (x - centreX) * (x - centreX) + (y - centreY) * (y - centreY) <= radius * radius;
                image.setRGB(x, y, mix(from, to, inDisc ? BANDS - 1 - band : band, BANDS - 1));
            }
        }
        return image;
    }

    private static int rgb(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("Colours are #rrggbb: " + hex);
        }
        return Integer.parseInt(hex.substring(1), 16);
    }

    private static int mix(int from, int to, int step, int steps) {
        int mixed = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int a = from >> shift & 0xFF;
            int b = to >> shift & 0xFF;
            mixed |= (a + (b - a) * step / steps) << shift;
        }
        return mixed;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("No PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
