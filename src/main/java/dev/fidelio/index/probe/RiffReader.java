package dev.fidelio.index.probe;

import dev.fidelio.library.AudioFormat;

/**
 * Native WAV: RIFF, and RF64/BW64 whose 64-bit sizes sit in a {@code ds64} chunk. Integer PCM and IEEE float, plain
 * or as WAVE_FORMAT_EXTENSIBLE; tags from {@code LIST/INFO} (keys {@code INAM}, {@code IART}, ...) and from an
 * {@code id3 }/{@code ID3 } chunk holding ID3v2.
 *
 * <p>A data chunk claiming more bytes than the file has makes the file unreadable ("truncated WAV"): its length
 * and duration would be wrong. The exception is the placeholder size streaming recorders leave (0 or 0xFFFFFFFF),
 * read as "up to the end of the file". A chunk other than data that runs past the end is ignored.
 */
final class RiffReader {

    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_FLOAT = 3;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;
    private static final long UNKNOWN_SIZE = 0xFFFF_FFFFL;

    private RiffReader() {
    }

    static ProbedFile read(BoundedInput in, TagCollector out) throws UnreadableFileException {
        in.format("WAV");
        boolean rf64 = !in.fourCc().equals("RIFF");
        in.skip(8); // RIFF size, "WAVE"
        Chunks found = new Chunks();
        IffChunks.walk(in, false, "data", out, (size, start) -> {
            long actual = size;
            if (rf64 && size == UNKNOWN_SIZE && found.ds64DataSize >= 0) {
                actual = found.ds64DataSize;
            } else if (size == UNKNOWN_SIZE || size == 0) {
                actual = in.size() - start;
            }
            if (start + actual > in.size()) {
                throw in.truncated("data chunk ends after the file");
            }
            found.dataSize = actual;
            return actual;
        }, (id, size, start) -> {
            switch (id) {
                case "ds64" -> {
                    if (rf64 && size >= 16) {
                        in.skip(8); // RIFF size
                        found.ds64DataSize = in.u64le();
                    }
                }
                case "fmt " -> found.format = Format.read(in);
                case "LIST" -> {
                    if (size >= 4 && in.fourCc().equals("INFO")) {
                        info(in, out);
                    }
                }
                default -> { }
            }
        });
        Format format = found.format;
        long dataSize = found.dataSize;
        if (format == null) {
            throw in.malformed("no fmt chunk");
        }
        if (dataSize < 0) {
            throw in.malformed("no data chunk");
        }
        long samples = dataSize / format.blockAlign;
        double duration = (double) samples / format.sampleRate;
        AudioProperties audio = new AudioProperties(AudioFormat.WAV, format.isFloat ? "PCM float" : "PCM",
                format.sampleRate, format.bitsPerSample, format.channels, samples, duration,
                Bitrate.kbps(dataSize, duration), 0, null);
        return out.probed(audio);
    }

    private static final class Chunks {
        Format format;
        long ds64DataSize = -1;
        long dataSize = -1;
    }

    /** INFO sub-chunks: NUL-terminated text in no declared encoding. */
    private static void info(BoundedInput in, TagCollector out) throws UnreadableFileException {
        while (in.remaining() >= 8) {
            String id = in.fourCc();
            long size = in.u32le();
            if (size > in.remaining()) {
                return;
            }
            long next = in.position() + size + (size & 1);
            if (size <= TagCollector.MAX_VALUE_BYTES) {
                byte[] text = in.bytes((int) size);
                String value = Text.withoutTrailingNuls(Text.utf8OrLatin1(text, 0, text.length));
                if (!value.isEmpty()) {
                    out.add(id, value);
                }
            }
            in.seek(Math.min(next, in.limit()));
        }
    }

    private record Format(int channels, int sampleRate, int blockAlign, int bitsPerSample, boolean isFloat) {

        static Format read(BoundedInput in) throws UnreadableFileException {
            int tag = in.u16le();
            int channels = in.u16le();
            long sampleRate = in.u32le();
            in.skip(4); // bytes per second
            int blockAlign = in.u16le();
            int bits = in.u16le();
            if (tag == FORMAT_EXTENSIBLE && in.remaining() >= 24) {
                in.skip(2); // extension size
                int validBits = in.u16le();
                in.skip(4); // channel mask
                tag = in.u16le(); // the sub-format GUID begins with the format tag it stands for
                bits = validBits > 0 ? validBits : bits;
            }
            if (tag != FORMAT_PCM && tag != FORMAT_FLOAT) {
                throw new UnreadableFileException(String.format("unsupported WAV encoding (format tag 0x%04X)", tag));
            }
            if (channels == 0 || sampleRate == 0 || sampleRate > Integer.MAX_VALUE || blockAlign == 0 || bits == 0) {
                throw in.malformed("the fmt chunk is invalid");
            }
            return new Format(channels, (int) sampleRate, blockAlign, bits, tag == FORMAT_FLOAT);
        }
    }
}
