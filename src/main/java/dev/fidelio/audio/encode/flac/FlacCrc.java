package dev.fidelio.audio.encode.flac;

/** The two checksums of a FLAC frame: CRC-8 (polynomial 0x07) of its header, CRC-16 (0x8005) of all of it. */
enum FlacCrc {
    CRC8(8, 0x07),
    CRC16(16, 0x8005);

    private final int[] table = new int[256];
    private final int width;
    private final int mask;

    FlacCrc(int width, int polynomial) {
        this.width = width;
        this.mask = (1 << width) - 1;
        int top = 1 << (width - 1);
        for (int b = 0; b < 256; b++) {
            int crc = b << (width - 8);
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & top) != 0 ? (crc << 1) ^ polynomial : crc << 1;
            }
            table[b] = crc & mask;
        }
    }

    /** The checksum of {@code data[from..to)}, starting from zero as FLAC does. */
    int of(byte[] data, int from, int to) {
        int crc = 0;
        int shift = width - 8;
        for (int i = from; i < to; i++) {
            crc = ((crc << 8) ^ table[((crc >>> shift) ^ data[i]) & 0xFF]) & mask;
        }
        return crc;
    }
}
