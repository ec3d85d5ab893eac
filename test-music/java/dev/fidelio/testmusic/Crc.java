package dev.fidelio.testmusic;

/** The two CRCs of FLAC frames: CRC-8 (poly 0x07) over the header, CRC-16 (poly 0x8005) over the whole frame. */
enum Crc {
    CRC8(8, 0x07),
    CRC16(16, 0x8005);

    private final int[] table = new int[256];
    private final int width;
    private final int mask;

    Crc(int width, int polynomial) {
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

    int of(byte[] data, int length) {
        int crc = 0;
        for (int i = 0; i < length; i++) {
            crc = ((crc << 8) ^ table[((crc >>> (width - 8)) ^ data[i]) & 0xFF]) & mask;
        }
        return crc;
    }
}
