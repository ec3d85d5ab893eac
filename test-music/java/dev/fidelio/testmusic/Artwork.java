package dev.fidelio.testmusic;

import java.util.List;

/**
 * A generated cover image: a two-colour banded gradient with a disc, so different albums look different.
 * {@code file} is the image's path relative to the library root, or null for an embedded cover.
 */
public record Artwork(String file, Format format, int width, int height, List<String> colors) {

    public enum Format {
        JPEG("image/jpeg"),
        PNG("image/png");

        private final String mimeType;

        Format(String mimeType) {
            this.mimeType = mimeType;
        }

        public String mimeType() {
            return mimeType;
        }
    }

    public Artwork {
        colors = List.copyOf(colors);
        if (colors.size() != 2) {
            throw new IllegalArgumentException("Artwork needs exactly two colours: " + colors);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Artwork size must be positive: " + width + "x" + height);
        }
    }
}
