package dev.fidelio.stream;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes smaller copies of cover images, with the JDK's own decoders and Java2D. Quality: the image is halved with
 * bilinear filtering (each step averaging 2×2 pixels) while it is at least twice the target, then brought to the
 * target in one bicubic step, so no source pixel is skipped. Memory: the size is read from the header first, and
 * images declaring more than {@link #MAX_SOURCE_PIXELS} are refused before any decoding (decompression bombs);
 * larger ones than {@link #MAX_DECODED_PIXELS} are decoded at a reduced resolution, which still leaves at least
 * twice the largest target. Opaque results are JPEG, those with transparency PNG.
 */
final class CoverScaler {

    /** Changes whenever the output for the same input would change, so that caches and validators move on. */
    static final int VERSION = 1;
    /** Far beyond any real cover (a 6000×6000 scan); decoding more would take seconds and hundreds of megabytes. */
    static final long MAX_SOURCE_PIXELS = 36_000_000L;
    /** 64 MB of pixels at most in the heap per image being scaled. */
    static final long MAX_DECODED_PIXELS = 4096L * 4096;
    private static final float JPEG_QUALITY = 0.9f;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // a server draws into images only, never on a screen
        }
    }

    /** Where the image's bytes come from: a file, or bytes taken out of an audio file. */
    @FunctionalInterface
    interface Source {
        ImageInputStream open() throws IOException;
    }

    record Scaled(byte[] data, String mimeType) {
    }

    /** An image that cannot be scaled, with a reason fit to show the client. */
    static final class UnscalableImageException extends Exception {
        UnscalableImageException(String reason) {
            super(reason);
        }
    }

    private CoverScaler() {
    }

    /**
     * The image made {@code longest} pixels on its longest side, keeping its aspect ratio; empty when it is no larger
     * than that already (images are never enlarged).
     */
    static Optional<Scaled> scale(Source source, int longest) throws UnscalableImageException {
        try (ImageInputStream in = source.open()) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnscalableImageException("it is not an image in a format the server can resize (JPEG, PNG, GIF, BMP, TIFF)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return scale(reader, longest);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // The JDK's decoders report damaged data in many ways, none of which may reach the client as a 500.
            throw new UnscalableImageException("the image is damaged or unsupported (" + describe(e) + ")");
        }
    }

    private static Optional<Scaled> scale(ImageReader reader, int longest) throws IOException, UnscalableImageException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0 || (long) width * height > MAX_SOURCE_PIXELS) {
            throw new UnscalableImageException("its header declares " + width + "x" + height + " pixels, more than the "
                    + MAX_SOURCE_PIXELS / 1_000_000 + " megapixels the server decodes");
        }
        if (longest >= Math.max(width, height)) {
            return Optional.empty();
        }
        double ratio = (double) longest / Math.max(width, height);
        int targetWidth = (int) Math.max(1, Math.round(width * ratio));
        int targetHeight = (int) Math.max(1, Math.round(height * ratio));
        ImageReadParam param = reader.getDefaultReadParam();
        int step = subsampling(width, height);
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        BufferedImage decoded = reader.read(0, param);
        BufferedImage scaled = downscale(decoded, targetWidth, targetHeight);
        boolean alpha = scaled.getColorModel().hasAlpha();
        return Optional.of(new Scaled(alpha ? png(scaled) : jpeg(scaled), alpha ? "image/png" : "image/jpeg"));
    }

    /** The smallest whole-pixel step that keeps the decoded image within {@link #MAX_DECODED_PIXELS}. */
    static int subsampling(int width, int height) {
        int step = 1;
        while ((long) ceilDiv(width, step) * ceilDiv(height, step) > MAX_DECODED_PIXELS) {
            step++;
        }
        return step;
    }

    private static BufferedImage downscale(BufferedImage source, int targetWidth, int targetHeight) {
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        do {
            boolean halve = current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight;
            int width = halve ? current.getWidth() / 2 : targetWidth;
            int height = halve ? current.getHeight() / 2 : targetHeight;
            current = draw(current, width, height, type,
                    halve ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        } while (current.getWidth() != targetWidth || current.getHeight() != targetHeight);
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setComposite(AlphaComposite.Src);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static int ceilDiv(int value, int divisor) {
        return (value + divisor - 1) / divisor;
    }

    private static String describe(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
