package dev.fidelio.index.probe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Ogg streams for tests: packets laced into pages with valid checksums. */
final class OggFiles {

    private static final int SERIAL = 0x1234;
    private static final int[] CRC_TABLE = crcTable();

    private OggFiles() {
    }

    /**
     * The header packets, each starting a new page (as encoders do; pages are split where a packet exceeds one),
     * then one audio page whose granule position is {@code lastGranule}.
     */
    static byte[] stream(long lastGranule, byte[]... headers) {
        ByteSink out = new ByteSink();
        int sequence = 0;
        for (int i = 0; i < headers.length; i++) {
            List<byte[]> pages = pages(headers[i]);
            for (int p = 0; p < pages.size(); p++) {
                int type = (i == 0 ? 2 : 0) | (p > 0 ? 1 : 0);
                out.bytes(page(type, 0, sequence++, pages.get(p), p == pages.size() - 1));
            }
        }
        out.bytes(page(4, lastGranule, sequence, new byte[10], true));
        return out.toByteArray();
    }

    static byte[] vorbisIdentification(int channels, int rate, int nominalBitrate) {
        return new ByteSink().u8(1).ascii("vorbis").u32le(0).u8(channels).u32le(rate).u32le(0).u32le(nominalBitrate)
                .u32le(0).u8(0xB8).u8(1).toByteArray();
    }

    static byte[] opusHead(int channels, int preSkip) {
        return new ByteSink().ascii("OpusHead").u8(1).u8(channels).u16le(preSkip).u32le(44100).u16le(0).u8(0)
                .toByteArray();
    }

    /** A comment header: {@code magic}, then vendor and comments as in FLAC. */
    static byte[] comments(String magic, byte[] vorbisComment, boolean framingBit) {
        byte[] prefix = magic.equals("vorbis") ? ByteSink.concat(new byte[] {3}, "vorbis".getBytes(StandardCharsets.US_ASCII))
                : magic.getBytes(StandardCharsets.US_ASCII);
        return ByteSink.concat(prefix, vorbisComment, framingBit ? new byte[] {1} : new byte[0]);
    }

    /** Splits a packet into page bodies of at most 255 segments each. */
    private static List<byte[]> pages(byte[] packet) {
        List<byte[]> pages = new ArrayList<>();
        int max = 255 * 255;
        for (int start = 0; start < packet.length || pages.isEmpty(); start += max) {
            pages.add(Arrays.copyOfRange(packet, start, Math.min(packet.length, start + max)));
            if (packet.length - start == max) {
                pages.add(new byte[0]); // a packet ending on a page boundary needs a terminating zero lacing value
                break;
            }
        }
        return pages;
    }

    /** One page holding {@code body}; {@code ends} says whether the packet ends here (short last lacing value). */
    private static byte[] page(int type, long granule, int sequence, byte[] body, boolean ends) {
        ByteSink lacing = new ByteSink();
        int remaining = body.length;
        while (remaining >= 255) {
            lacing.u8(255);
            remaining -= 255;
        }
        if (ends) {
            lacing.u8(remaining);
        }
        byte[] values = lacing.toByteArray();
        byte[] page = new ByteSink().ascii("OggS").u8(0).u8(type).u64le(granule).u32le(SERIAL).u32le(sequence).u32le(0)
                .u8(values.length).bytes(values).bytes(body).toByteArray();
        int crc = crc(page);
        page[22] = (byte) crc;
        page[23] = (byte) (crc >>> 8);
        page[24] = (byte) (crc >>> 16);
        page[25] = (byte) (crc >>> 24);
        return page;
    }

    private static int crc(byte[] bytes) {
        int crc = 0;
        for (byte b : bytes) {
            crc = crc << 8 ^ CRC_TABLE[(crc >>> 24 ^ b & 0xFF) & 0xFF];
        }
        return crc;
    }

    private static int[] crcTable() {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int bit = 0; bit < 8; bit++) {
                r = (r & 0x8000_0000) != 0 ? r << 1 ^ 0x04C1_1DB7 : r << 1;
            }
            table[i] = r;
        }
        return table;
    }
}
