package dev.fidelio.index.probe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal valid FLAC files, built block by block so that tests can break exactly one thing: 44.1 kHz, 16-bit
 * stereo, fixed 4096-sample blocks, each frame two CONSTANT subframes with correct CRC-8 and CRC-16
 * ({@code flac -t} accepts them).
 */
final class FlacFiles {

    static final int BLOCK_SIZE = 4096;
    static final int SAMPLE_RATE = 44_100;
    static final int STREAMINFO = 0;
    static final int VORBIS_COMMENT = 4;
    static final int PICTURE = 6;

    private FlacFiles() {
    }

    /** A whole file: marker, STREAMINFO for {@code frames} full blocks, the given blocks, then the frames. */
    static byte[] file(int frames, Block... blocks) {
        List<Block> all = new ArrayList<>();
        all.add(new Block(STREAMINFO, streamInfo((long) frames * BLOCK_SIZE)));
        all.addAll(List.of(blocks));
        return ByteSink.concat("fLaC".getBytes(StandardCharsets.US_ASCII), metadata(all), frames(frames));
    }

    /** A metadata block type and body; the last-block flag is set when blocks are joined. */
    record Block(int type, byte[] body) {
    }

    static byte[] metadata(List<Block> blocks) {
        ByteSink out = new ByteSink();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            out.u8((i == blocks.size() - 1 ? 0x80 : 0) | block.type()).u24be(block.body().length).bytes(block.body());
        }
        return out.toByteArray();
    }

    static byte[] streamInfo(long totalSamples) {
        long packed = (long) SAMPLE_RATE << 44 | 1L << 41 | 15L << 36 | totalSamples;
        return new ByteSink().u16be(BLOCK_SIZE).u16be(BLOCK_SIZE).u24be(0).u24be(0).u64be(packed).zeros(16).toByteArray();
    }

    /** Entries given as raw bytes, so that a test can write lengths and encodings no encoder would. */
    static byte[] vorbisComment(byte[]... comments) {
        ByteSink out = new ByteSink();
        byte[] vendor = "test vendor".getBytes(StandardCharsets.UTF_8);
        out.u32le(vendor.length).bytes(vendor).u32le(comments.length);
        for (byte[] comment : comments) {
            out.u32le(comment.length).bytes(comment);
        }
        return out.toByteArray();
    }

    static byte[] comment(String key, String value) {
        return (key + "=" + value).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] picture(int type, String mime, int width, int height, byte[] image) {
        return new ByteSink().u32be(type).u32be(mime.length()).ascii(mime).u32be(0)
                .u32be(width).u32be(height).u32be(24).u32be(0).u32be(image.length).bytes(image).toByteArray();
    }

    static byte[] frames(int count) {
        ByteSink out = new ByteSink();
        for (int number = 0; number < count; number++) {
            out.bytes(frame(number));
        }
        return out.toByteArray();
    }

    /** Block size code 12 (4096), rate code 9 (44.1 kHz), two independent channels, 16 bits, then CONSTANT zeros. */
    static byte[] frame(int number) {
        if (number >= 0x80) {
            throw new IllegalArgumentException("Frame numbers above 127 need multi-byte coding");
        }
        ByteSink frame = new ByteSink().u8(0xFF).u8(0xF8).u8(0xC9).u8(0x18).u8(number);
        frame.u8(crc8(frame.toByteArray()));
        for (int channel = 0; channel < 2; channel++) {
            frame.u8(0x00).u16be(0); // CONSTANT subframe, value 0
        }
        byte[] body = frame.toByteArray();
        return frame.u16be(crc16(body)).toByteArray();
    }

    static int crc8(byte[] bytes) {
        int crc = 0;
        for (byte b : bytes) {
            crc ^= b & 0xFF;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x80) != 0 ? (crc << 1 ^ 0x07) & 0xFF : crc << 1 & 0xFF;
            }
        }
        return crc;
    }

    static int crc16(byte[] bytes) {
        int crc = 0;
        for (byte b : bytes) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1 ^ 0x8005) & 0xFFFF : crc << 1 & 0xFFFF;
            }
        }
        return crc;
    }
}
