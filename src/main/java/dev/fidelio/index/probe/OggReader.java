package dev.fidelio.index.probe;

import dev.fidelio.library.AudioFormat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Native Ogg Vorbis and Ogg Opus: the identification header (channels, sample rate, Vorbis nominal bitrate, Opus
 * pre-skip), the comment header (Vorbis comments, see {@link VorbisCommentReader}) and the granule position of the
 * last page, which counts the samples. Only the first logical stream is read.
 */
final class OggReader {

    private static final byte[] VORBIS_ID = {1, 'v', 'o', 'r', 'b', 'i', 's'};
    private static final byte[] VORBIS_COMMENTS = {3, 'v', 'o', 'r', 'b', 'i', 's'};
    private static final byte[] OPUS_ID = {'O', 'p', 'u', 's', 'H', 'e', 'a', 'd'};
    private static final byte[] OPUS_COMMENTS = {'O', 'p', 'u', 's', 'T', 'a', 'g', 's'};
    private static final int PAGE_HEADER = 27;
    /** A page is at most its header, 255 lacing values and 255 segments of 255 bytes. */
    private static final int MAX_PAGE = PAGE_HEADER + 255 + 255 * 255;
    private static final int MAX_ID_HEADER = 4096;
    private static final int OPUS_RATE = 48_000;
    private static final int MAX_PAGES = 100_000;

    private OggReader() {
    }

    static ProbedFile read(BoundedInput in, TagCollector out) throws UnreadableFileException {
        in.format("Ogg");
        Packets packets = new Packets(in);
        byte[] id = packets.next(MAX_ID_HEADER);
        boolean vorbis = startsWith(id, VORBIS_ID) && id.length >= 28;
        boolean opus = startsWith(id, OPUS_ID) && id.length >= 19;
        if (!vorbis && !opus) {
            throw new UnreadableFileException("unsupported Ogg codec (only Vorbis and Opus are read)");
        }
        in.format(vorbis ? "Ogg Vorbis" : "Ogg Opus");
        int channels = id[vorbis ? 11 : 9] & 0xFF;
        long rate = vorbis ? ByteArrays.u32le(id, 12) : OPUS_RATE;
        long nominalBitrate = vorbis ? (int) ByteArrays.u32le(id, 20) : 0;
        int preSkip = opus ? ByteArrays.u16le(id, 10) : 0;
        if (channels == 0 || rate == 0 || rate > Integer.MAX_VALUE) {
            throw in.malformed("the identification header is invalid");
        }
        byte[] comments = packets.next(BoundedInput.MAX_READ);
        byte[] magic = vorbis ? VORBIS_COMMENTS : OPUS_COMMENTS;
        if (!startsWith(comments, magic)) {
            throw in.malformed("no comment header");
        }
        BoundedInput commentHeader = BoundedInput.of(comments, in.format(), "comment header");
        commentHeader.seek(magic.length);
        VorbisCommentReader.read(commentHeader, out);
        long granule = lastGranule(in, packets.serial);
        long samples = granule < 0 ? -1 : Math.max(0, granule - preSkip);
        double duration = samples < 0 ? 0 : (double) samples / rate;
        int bitrate = nominalBitrate > 0 ? (int) Math.round(nominalBitrate / 1000.0) : Bitrate.kbps(in.size(), duration);
        AudioProperties audio = new AudioProperties(vorbis ? AudioFormat.VORBIS : AudioFormat.OPUS,
                vorbis ? "Vorbis" : "Opus", (int) rate, 0, channels, samples, duration, bitrate, 0, null);
        return out.probed(audio);
    }

    /**
     * The granule position of the stream's last page: the number of samples (Vorbis) or of 48 kHz samples including
     * the pre-skip (Opus). -1 when the end of the file holds no page of the stream.
     */
    private static long lastGranule(BoundedInput in, long serial) throws UnreadableFileException {
        int window = (int) Math.min(in.size(), MAX_PAGE);
        byte[] tail = in.peek(in.size() - window, window);
        for (int i = tail.length - PAGE_HEADER; i >= 0; i--) {
            if (ByteArrays.startsWith(tail, i, "OggS") && tail[i + 4] == 0 && ByteArrays.u32le(tail, i + 14) == serial) {
                long granule = ByteArrays.u32le(tail, i + 6) | ByteArrays.u32le(tail, i + 10) << 32;
                if (granule != -1) {
                    return granule;
                }
            }
        }
        return -1;
    }

    /** Reassembles the packets of the first logical stream from its pages, in order. */
    private static final class Packets {
        private final BoundedInput in;
        private long serial = -1;
        private long nextPage;
        private int[] lacing = new int[0];
        private int segment;
        private long segmentData;
        private int pages;

        Packets(BoundedInput in) {
            this.in = in;
        }

        /** The next packet, which must not exceed {@code max} bytes. */
        byte[] next(int max) throws UnreadableFileException {
            ByteArrayOutputStream packet = new ByteArrayOutputStream();
            while (true) {
                if (segment == lacing.length) {
                    page();
                    continue;
                }
                int length = lacing[segment++];
                if (packet.size() + length > max) {
                    throw in.malformed("a header packet is larger than " + max + " bytes");
                }
                in.seek(segmentData);
                packet.writeBytes(in.bytes(length));
                segmentData += length;
                if (length < 255) {
                    return packet.toByteArray();
                }
            }
        }

        /** Moves to the next page of the stream, skipping pages of other streams. */
        private void page() throws UnreadableFileException {
            while (true) {
                if (++pages > MAX_PAGES) {
                    throw in.malformed("no complete header packets in the first " + MAX_PAGES + " pages");
                }
                if (nextPage + PAGE_HEADER > in.size()) {
                    throw in.truncated("the headers end before the file does");
                }
                in.seek(nextPage);
                if (!in.fourCc().equals("OggS") || in.u8() != 0) {
                    throw in.malformed("no page at byte " + nextPage);
                }
                in.skip(9); // header type, granule position
                long pageSerial = in.u32le();
                in.skip(8); // sequence number, CRC
                int count = in.u8();
                int[] values = new int[count];
                long body = 0;
                for (int i = 0; i < count; i++) {
                    values[i] = in.u8();
                    body += values[i];
                }
                long dataStart = in.position();
                if (dataStart + body > in.size()) {
                    throw in.truncated("a page runs past the end of the file");
                }
                nextPage = dataStart + body;
                if (serial < 0) {
                    serial = pageSerial;
                }
                if (pageSerial == serial) {
                    lacing = values;
                    segment = 0;
                    segmentData = dataStart;
                    return;
                }
            }
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
