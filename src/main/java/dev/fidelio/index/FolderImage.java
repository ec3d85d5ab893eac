package dev.fidelio.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Size and type of a cover image, read from its header only: a scan never decodes or holds whole images. */
record FolderImage(String mimeType, Integer width, Integer height, long bytes) {

    static FolderImage describe(Path image) {
        long size;
        try {
            size = Files.size(image);
        } catch (IOException e) {
            return null;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return new FolderImage(guessMime(image), null, null, size);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String mime = reader.getOriginatingProvider().getMIMETypes()[0];
                return new FolderImage(mime, reader.getWidth(0), reader.getHeight(0), size);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // A damaged image is still the folder's image; its size is simply unknown.
            return new FolderImage(guessMime(image), null, null, size);
        }
    }

    private static String guessMime(Path image) {
        return image.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? "image/png" : "image/jpeg";
    }
}
