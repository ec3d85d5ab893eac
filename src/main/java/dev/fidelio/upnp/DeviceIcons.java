package dev.fidelio.upnp;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.jupnp.model.meta.Icon;

/** The device's icons, drawn at start-up (no image file in the repository): PNG and JPEG, small and large, as DLNA asks. */
final class DeviceIcons {

    private static final int[] SIZES = { 48, 120 };

    private DeviceIcons() {
    }

    static Icon[] all() {
        List<Icon> icons = new ArrayList<>();
        for (int size : SIZES) {
            BufferedImage image = draw(size);
            icons.add(new Icon("image/png", size, size, 24, "icon-" + size + ".png", encode(image, "png")));
            icons.add(new Icon("image/jpeg", size, size, 24, "icon-" + size + ".jpg", encode(image, "jpg")));
        }
        return icons.toArray(Icon[]::new);
    }

    private static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x1f, 0x2a, 0x44));
            g.fillRect(0, 0, size, size);
            // A record: shapes only, since a server may have no fonts installed.
            g.setColor(new Color(0xe8, 0xc5, 0x6b));
            int margin = size / 10;
            g.fillOval(margin, margin, size - 2 * margin, size - 2 * margin);
            g.setColor(new Color(0x1f, 0x2a, 0x44));
            int hole = size / 6;
            g.fillOval((size - hole) / 2, (size - hole) / 2, hole, hole);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
