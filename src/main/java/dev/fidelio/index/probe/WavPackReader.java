package dev.fidelio.index.probe;

import dev.fidelio.library.AudioFormat;

/**
 * Native WavPack 4 and 5: the header of the first block gives the total sample count and, with the block's
 * metadata sub-blocks (channel count, non-standard sample rate, DSD rate shift), the format; tags come from the
 * APEv2 tag at the end. DSD files store one byte of eight 1-bit samples per "sample" at an eighth of the DSD rate.
 */
final class WavPackReader {

    private static final int HEADER_SIZE = 32;
    private static final int MIN_VERSION = 0x402;
    private static final int MAX_VERSION = 0x410;
    private static final int[] SAMPLE_RATES = {6000, 8000, 9600, 11025, 12000, 16000, 22050, 24000, 32000, 44100,
            48000, 64000, 88200, 96000, 192000};
    private static final int CUSTOM_RATE = 15;
    private static final long BYTES_STORED = 0x3;
    private static final long MONO = 0x4;
    private static final long HYBRID = 0x8;
    private static final long FLOAT = 0x80;
    private static final long DSD = 0x8000_0000L;
    private static final int ID_CHANNEL_INFO = 0x0D;
    private static final int ID_DSD_BLOCK = 0x0E;
    private static final int ID_SAMPLE_RATE = 0x27;
    private static final int ID_LARGE = 0x80;
    private static final int ID_ODD_SIZE = 0x40;
    private static final int ID_MASK = 0x3F;
    /** Leading blocks may carry only the original file's header; the first with audio describes the format. */
    private static final int MAX_LEADING_BLOCKS = 64;

    private WavPackReader() {
    }

    static ProbedFile read(BoundedInput in, TagCollector out) throws UnreadableFileException {
        in.format("WavPack");
        long totalSamples = -1;
        Block block = null;
        long at = 0;
        for (int i = 0; i < MAX_LEADING_BLOCKS && block == null; i++) {
            Block next = Block.read(in, at);
            if (i == 0) {
                totalSamples = next.totalSamples;
            }
            if (next.samples > 0) {
                block = next;
            } else if (next.end + HEADER_SIZE > in.size()) {
                break;
            }
            at = next.end;
        }
        if (block == null) {
            throw in.malformed("no block with audio");
        }
        int channels = block.channels > 0 ? block.channels : (block.flags & MONO) != 0 ? 1 : 2;
        int rateIndex = (int) (block.flags >> 23 & 0xF);
        int rate = rateIndex == CUSTOM_RATE ? block.customRate : SAMPLE_RATES[rateIndex];
        if (rate <= 0) {
            throw in.malformed("no sample rate");
        }
        boolean dsd = (block.flags & DSD) != 0;
        long storedRate = dsd ? (long) rate << block.dsdPower : rate;
        int sampleRate = (int) Math.min(Integer.MAX_VALUE, dsd ? storedRate * 8 : storedRate);
        int bits = dsd ? 1 : (block.flags & FLOAT) != 0 ? 32
                : (int) (((block.flags & BYTES_STORED) + 1) * 8 - (block.flags >> 13 & 0x1F));
        double duration = totalSamples >= 0 ? (double) totalSamples / storedRate : 0;
        long samples = totalSamples < 0 ? -1 : dsd ? totalSamples * 8 : totalSamples;
        long streamEnd = ApeTagReader.read(in, out);
        String codec = dsd ? "WavPack DSD" : (block.flags & HYBRID) != 0 ? "WavPack hybrid" : "WavPack";
        AudioProperties audio = new AudioProperties(AudioFormat.WAVPACK, codec, sampleRate, bits, channels, samples,
                duration, Bitrate.kbps(streamEnd, duration), dsd ? sampleRate : 0, null);
        return out.probed(audio);
    }

    /** One block's header fields and the format details from its metadata sub-blocks (0 where absent). */
    private record Block(long end, long totalSamples, long samples, long flags, int channels, int customRate,
            int dsdPower) {

        static Block read(BoundedInput in, long at) throws UnreadableFileException {
            in.seek(at);
            if (in.remaining() < HEADER_SIZE) {
                throw in.truncated("a block header is cut short");
            }
            if (!in.fourCc().equals("wvpk")) {
                throw in.malformed("no block header at byte " + at);
            }
            long size = in.u32le();
            long end = at + 8 + size;
            if (size < HEADER_SIZE - 8 || end > in.size()) {
                throw in.truncated("a block runs past the end of the file");
            }
            int version = in.u16le();
            if (version < MIN_VERSION || version > MAX_VERSION) {
                throw new UnreadableFileException(String.format("unsupported WavPack stream version 0x%X", version));
            }
            in.skip(1); // upper bits of the block index
            int totalHigh = in.u8();
            long totalLow = in.u32le();
            in.skip(4); // block index
            long samples = in.u32le();
            long flags = in.u32le();
            in.skip(4); // CRC
            // All ones in the low 32 bits mean "unknown"; each 2^32 step skips that value, hence "- totalHigh".
            long total = totalLow == 0xFFFF_FFFFL ? -1 : totalLow + ((long) totalHigh << 32) - totalHigh;
            int channels = 0;
            int customRate = 0;
            int dsdPower = 0;
            BoundedInput.Limit file = in.narrow(end, "block");
            while (in.remaining() >= 2) {
                int id = in.u8();
                long words = (id & ID_LARGE) != 0 ? in.u8() | (long) in.u16le() << 8 : in.u8();
                long length = words * 2;
                if (length > in.remaining()) {
                    break;
                }
                long next = in.position() + length;
                long data = length - ((id & ID_ODD_SIZE) != 0 ? 1 : 0);
                switch (id & ID_MASK) {
                    case ID_CHANNEL_INFO -> channels = data >= 1 ? in.u8() : 0;
                    case ID_SAMPLE_RATE -> customRate = data >= 3 ? in.u8() | in.u16le() << 8 : 0;
                    case ID_DSD_BLOCK -> dsdPower = data >= 1 ? Math.min(in.u8(), 8) : 0;
                    default -> { }
                }
                in.seek(next);
            }
            in.restore(file);
            return new Block(end, total, samples, flags, channels, customRate, dsdPower);
        }
    }
}
