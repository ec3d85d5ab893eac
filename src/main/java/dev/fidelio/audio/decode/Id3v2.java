package dev.fidelio.audio.decode;

import dev.fidelio.audio.io.RandomAccessInput;

import java.io.IOException;

/** ID3v2 tags that some taggers put in front of FLAC (and any other) audio: only their length matters here. */
final class Id3v2 {

    private static final int HEADER_LENGTH = 10;
    private static final int FOOTER_FLAG = 0x10;

    private Id3v2() {
    }

    /** The offset of the first byte after any ID3v2 tags at the start of the file. */
    static long skip(RandomAccessInput input) throws IOException {
        long offset = 0;
        byte[] header = new byte[HEADER_LENGTH];
        while (input.read(offset, header, 0, HEADER_LENGTH) == HEADER_LENGTH
                && header[0] == 'I' && header[1] == 'D' && header[2] == '3') {
            long size = 0;
            for (int i = 6; i < 10; i++) {
                size = (size << 7) | (header[i] & 0x7F);
            }
            offset += HEADER_LENGTH + size + ((header[5] & FOOTER_FLAG) != 0 ? HEADER_LENGTH : 0);
        }
        return offset;
    }
}
