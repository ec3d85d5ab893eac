package dev.fidelio.index.probe;

import dev.fidelio.library.AudioFormat;

/**
 * Native AIFF and AIFF-C: COMM for the format (sample rate as an 80-bit extended float), SSND for the audio, an
 * {@code ID3 } chunk holding ID3v2, and the old text chunks ({@code NAME}, {@code AUTH}, {@code (c) }, {@code ANNO})
 * kept under their chunk ids. Uncompressed AIFF-C types only: {@code NONE}, {@code twos}, {@code sowt} (little-endian),
 * {@code in24}/{@code in32}, {@code raw }, {@code fl32}/{@code fl64}. Sound data shorter than COMM declares makes the
 * file unreadable ("truncated AIFF").
 */
final class AiffReader {

    private static final int EXTENDED_BIAS = 16383;

    private AiffReader() {
    }

    static ProbedFile read(BoundedInput in, TagCollector out) throws UnreadableFileException {
        in.format("AIFF");
        in.skip(8); // "FORM", size
        boolean compressed = in.fourCc().equals("AIFC");
        Chunks found = new Chunks();
        IffChunks.walk(in, true, "SSND", out, (size, start) -> {
            if (start + size > in.size()) {
                throw in.truncated("sound data ends after the file");
            }
            if (size < 8) {
                throw in.malformed("the SSND chunk is too short");
            }
            found.soundBytes = size - 8 - in.u32be(); // less the block-alignment offset
            return size;
        }, (id, size, start) -> {
            switch (id) {
                case "COMM" -> found.common = Common.read(in, compressed);
                case "NAME", "AUTH", "(c) ", "ANNO" -> {
                    if (size <= TagCollector.MAX_VALUE_BYTES) {
                        byte[] text = in.bytes((int) size);
                        String value = Text.withoutTrailingNuls(Text.utf8OrLatin1(text, 0, text.length));
                        if (!value.isEmpty()) {
                            out.add(id, value);
                        }
                    }
                }
                default -> { }
            }
        });
        Common common = found.common;
        long soundBytes = found.soundBytes;
        if (common == null) {
            throw in.malformed("no COMM chunk");
        }
        long audioBytes = common.frames * common.blockAlign();
        if (common.frames > 0 && soundBytes < audioBytes) {
            throw soundBytes < 0 ? in.malformed("no SSND chunk") : in.truncated("the sound data is shorter than declared");
        }
        double duration = (double) common.frames / common.sampleRate;
        AudioProperties audio = new AudioProperties(AudioFormat.AIFF, common.codec, common.sampleRate,
                common.bitsPerSample, common.channels, common.frames, duration, Bitrate.kbps(audioBytes, duration),
                0, null);
        return out.probed(audio);
    }

    private static final class Chunks {
        Common common;
        long soundBytes = -1;
    }

    /** @param bytesPerSample the width of one stored sample, which float types fix whatever COMM says */
    private record Common(int channels, long frames, int bitsPerSample, int sampleRate, int bytesPerSample, String codec) {

        static Common read(BoundedInput in, boolean compressed) throws UnreadableFileException {
            int channels = in.u16be();
            long frames = in.u32be();
            int bits = in.u16be();
            int exponent = in.u16be();
            long mantissa = in.u64be();
            String type = compressed && in.remaining() >= 4 ? in.fourCc() : "NONE";
            double rate = extended(exponent, mantissa);
            if (channels == 0 || bits == 0 || !(rate >= 1) || rate > Integer.MAX_VALUE) {
                throw in.malformed("the COMM chunk is invalid");
            }
            int bytes = (bits + 7) / 8;
            String codec = switch (type) {
                case "NONE", "twos", "sowt", "raw ", "in24", "in32" -> "PCM";
                case "fl32", "FL32" -> {
                    bytes = 4;
                    yield "PCM float";
                }
                case "fl64", "FL64" -> {
                    bytes = 8;
                    yield "PCM float";
                }
                default -> throw new UnreadableFileException(
                        "unsupported AIFF-C compression '" + Text.printable(type) + "'");
            };
            return new Common(channels, frames, bits, (int) Math.round(rate), bytes, codec);
        }

        long blockAlign() {
            return (long) channels * bytesPerSample;
        }

        /** An IEEE 754 80-bit extended float: sign, 15-bit biased exponent, 64-bit mantissa with explicit integer bit. */
        private static double extended(int signAndExponent, long mantissa) {
            if ((signAndExponent & 0x8000) != 0) {
                return -1;
            }
            double unsigned = (mantissa >>> 1) * 2.0 + (mantissa & 1);
            return Math.scalb(unsigned, (signAndExponent & 0x7FFF) - EXTENDED_BIAS - 63);
        }
    }
}
