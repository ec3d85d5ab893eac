package dev.fidelio.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.junit.jupiter.api.Test;

/** The scaler alone: sizes, aspect, pixels, transparency, and what it refuses. */
class CoverScalerTest {

    @Test
    void aWideImageKeepsItsAspectAndItsBands() throws Exception {
        BufferedImage scaled = scale(TestCovers.encode(TestCovers.bands(800, 200, false), "png"), 100, "image/jpeg");

        assertThat(scaled.getWidth()).isEqualTo(100);
        assertThat(scaled.getHeight()).isEqualTo(25);
        // The middle of each band keeps its colour (JPEG allows a little drift).
        assertColour(scaled.getRGB(12, 12), 0xFF0000);
        assertColour(scaled.getRGB(37, 12), 0x00FF00);
        assertColour(scaled.getRGB(62, 12), 0x0000FF);
        assertColour(scaled.getRGB(87, 12), 0xFFFFFF);
    }

    @Test
    void finePatternsAverageOutInsteadOfAliasing() throws Exception {
        // One-pixel black and white checks: a filter that skipped pixels would keep black or white ones.
        BufferedImage checks = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 1000; y++) {
            for (int x = 0; x < 1000; x++) {
                checks.setRGB(x, y, (x + y) % 2 == 0 ? 0xFFFFFF : 0);
            }
        }

        BufferedImage scaled = scale(TestCovers.encode(checks, "png"), 300, "image/jpeg");

        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 300; x++) {
                assertColour(scaled.getRGB(x, y), 0x7F7F7F, 24);
            }
        }
    }

    @Test
    void aTallImageIsScaledByItsHeight() throws Exception {
        BufferedImage scaled = scale(TestCovers.encode(TestCovers.bands(300, 900, false), "jpeg"), 90, "image/jpeg");

        assertThat(scaled.getWidth()).isEqualTo(30);
        assertThat(scaled.getHeight()).isEqualTo(90);
    }

    @Test
    void transparencySurvivesAsPng() throws Exception {
        BufferedImage scaled = scale(TestCovers.encode(TestCovers.bands(400, 400, true), "png"), 40, "image/png");

        assertThat(scaled.getColorModel().hasAlpha()).isTrue();
        assertThat(scaled.getRGB(5, 20) >>> 24).isEqualTo(0xFF);
        assertThat(scaled.getRGB(35, 20) >>> 24).isEqualTo(0x80);
        assertColour(scaled.getRGB(35, 20) & 0xFFFFFF, 0xFFFFFF);
    }

    @Test
    void anImageAlreadyThatSmallIsLeftAlone() throws Exception {
        byte[] png = TestCovers.encode(TestCovers.bands(120, 60, false), "png");

        assertThat(CoverScaler.scale(source(png), 120)).isEmpty();
        assertThat(CoverScaler.scale(source(png), 500)).isEmpty();
        assertThat(CoverScaler.scale(source(png), 119)).isPresent();
    }

    @Test
    void anImageLargerThanTheDecodingBudgetIsDecodedAtAReducedResolution() throws Exception {
        // 18 megapixels: above the decoding budget, below the refusal limit.
        int width = 6000;
        int height = 3000;
        assertThat((long) width * height).isGreaterThan(CoverScaler.MAX_DECODED_PIXELS).isLessThan(CoverScaler.MAX_SOURCE_PIXELS);
        assertThat(CoverScaler.subsampling(width, height)).isEqualTo(2);

        BufferedImage scaled = scale(TestCovers.encode(TestCovers.bands(width, height, false), "jpeg"), 400, "image/jpeg");

        assertThat(scaled.getWidth()).isEqualTo(400);
        assertThat(scaled.getHeight()).isEqualTo(200);
        assertColour(scaled.getRGB(50, 100), 0xFF0000);
        assertColour(scaled.getRGB(350, 100), 0xFFFFFF);
    }

    @Test
    void theDecodingBudgetHoldsForAnyShape() {
        for (int[] size : new int[][] {{6000, 6000}, {36_000, 1000}, {4097, 4096}, {4096, 4096}, {1, 36_000_000}}) {
            int step = CoverScaler.subsampling(size[0], size[1]);
            long decoded = (long) ((size[0] + step - 1) / step) * ((size[1] + step - 1) / step);
            assertThat(decoded).as("%dx%d by %d", size[0], size[1], step).isLessThanOrEqualTo(CoverScaler.MAX_DECODED_PIXELS);
            assertThat(Math.max(size[0], size[1]) / step).as("still at least the largest size made")
                    .isGreaterThanOrEqualTo(Math.min(CoverArt.MAX_SIZE, Math.max(size[0], size[1])));
        }
    }

    @Test
    void hugeDeclaredDimensionsAreRefusedBeforeDecoding() {
        assertThatThrownBy(() -> CoverScaler.scale(source(TestCovers.pngDeclaring(50_000, 50_000)), 100))
                .isInstanceOf(CoverScaler.UnscalableImageException.class)
                .hasMessage("its header declares 50000x50000 pixels, more than the 36 megapixels the server decodes");
        assertThatThrownBy(() -> CoverScaler.scale(source(TestCovers.jpegDeclaring(60_000, 60_000)), 100))
                .isInstanceOf(CoverScaler.UnscalableImageException.class).hasMessageContaining("60000x60000");
    }

    @Test
    void whatIsNotAnImageIsRefused() {
        byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CoverScaler.scale(source(page), 100)).isInstanceOf(CoverScaler.UnscalableImageException.class)
                .hasMessageStartingWith("it is not an image");
    }

    @Test
    void aTruncatedImageIsRefusedOrScaledButNeverThrowsAnythingElse() throws Exception {
        byte[] png = TestCovers.truncated(TestCovers.encode(TestCovers.bands(600, 600, false), "png"));
        assertThatThrownBy(() -> CoverScaler.scale(source(png), 100)).isInstanceOf(CoverScaler.UnscalableImageException.class)
                .hasMessageStartingWith("the image is damaged or unsupported");

        // The JDK's JPEG decoder fills in what is missing, as browsers do.
        byte[] jpeg = TestCovers.truncated(TestCovers.encode(TestCovers.bands(600, 600, false), "jpeg"));
        BufferedImage scaled = scale(jpeg, 100, "image/jpeg");
        assertThat(scaled.getWidth()).isEqualTo(100);
    }

    private static BufferedImage scale(byte[] image, int longest, String expectedType) throws Exception {
        CoverScaler.Scaled scaled = CoverScaler.scale(source(image), longest).orElseThrow();
        assertThat(scaled.mimeType()).isEqualTo(expectedType);
        return decode(scaled.data());
    }

    private static CoverScaler.Source source(byte[] image) {
        return () -> new MemoryCacheImageInputStream(new ByteArrayInputStream(image));
    }

    private static BufferedImage decode(byte[] image) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
        assertThat(decoded).isNotNull();
        return decoded;
    }

    private static void assertColour(int actual, int expected) {
        assertColour(actual, expected, 8);
    }

    private static void assertColour(int actual, int expected, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            assertThat(Math.abs((actual >> shift & 0xFF) - (expected >> shift & 0xFF)))
                    .as("%06x against %06x", actual & 0xFFFFFF, expected).isLessThanOrEqualTo(tolerance);
        }
    }
}
