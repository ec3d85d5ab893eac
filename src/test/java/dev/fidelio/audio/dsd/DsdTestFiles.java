package dev.fidelio.audio.dsd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes DSF and DFF files around DSD bytes (per channel, most significant bit oldest). */
public final class DsdTestFiles {

    public static final int DSF_BLOCK = 4096;

    private DsdTestFiles() {
    }

    public static Path dsf(Path file, byte[][] channels, int rate) throws IOException {
        int bytes = channels[0].length;
        int blocks = (bytes + DSF_BLOCK - 1) / DSF_BLOCK;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int b = 0; b < blocks; b++) {
            for (byte[] channel : channels) {
                byte[] block = new byte[DSF_BLOCK];
                for (int i = 0; i < DSF_BLOCK && b * DSF_BLOCK + i < bytes; i++) {
                    block[i] = (byte) (Integer.reverse(channel[b * DSF_BLOCK + i] & 0xFF) >>> 24); // DSF is LSB first
                }
                data.writeBytes(block);
            }
        }
        ByteBuffer header = ByteBuffer.allocate(28 + 52 + 12).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("DSD ")).putLong(28).putLong(92L + data.size()).putLong(0);
        header.put(ascii("fmt ")).putLong(52).putInt(1).putInt(0).putInt(channels.length == 2 ? 2 : 1)
                .putInt(channels.length).putInt(rate).putInt(1).putLong(8L * bytes).putInt(DSF_BLOCK).putInt(0);
        header.put(ascii("data")).putLong(12L + data.size());
        ByteArrayOutputStream file1 = new ByteArrayOutputStream();
        file1.writeBytes(header.array());
        file1.writeBytes(data.toByteArray());
        return Files.write(file, file1.toByteArray());
    }

    public static Path dff(Path file, byte[][] channels, int rate, String compression) throws IOException {
        int bytes = channels[0].length;
        byte[] interleaved = new byte[bytes * channels.length];
        for (int i = 0; i < bytes; i++) {
            for (int c = 0; c < channels.length; c++) {
                interleaved[i * channels.length + c] = channels[c][i];
            }
        }
        byte[] chnl = ByteBuffer.allocate(2 + 4 * channels.length).putShort((short) channels.length).array();
        byte[] cmpr = ByteBuffer.allocate(6).put(ascii(compression)).array();
        byte[] prop = concat(ascii("SND "), chunk("FS  ", ByteBuffer.allocate(4).putInt(rate).array()),
                chunk("CHNL", chnl), chunk("CMPR", cmpr));
        byte[] body = concat(ascii("DSD "), chunk("FVER", new byte[] {1, 5, 0, 0}), chunk("PROP", prop),
                chunk(compression.equals("DST ") ? "DST " : "DSD ", interleaved));
        return Files.write(file, chunk("FRM8", body));
    }

    private static byte[] chunk(String id, byte[] body) {
        byte[] padded = concat(body, new byte[body.length % 2]);
        return concat(ascii(id), ByteBuffer.allocate(8).putLong(body.length).array(), padded);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
