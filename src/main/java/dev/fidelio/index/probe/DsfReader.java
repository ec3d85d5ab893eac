package dev.fidelio.index.probe;

import dev.fidelio.library.AudioFormat;

/**
 * Native DSF (Sony DSD Stream File): the {@code DSD } chunk with the metadata pointer, the {@code fmt } chunk with
 * channels, DSD sampling frequency and sample count, the {@code data} chunk, and the ID3v2 tag the pointer leads to.
 * All little-endian, sizes 64-bit.
 */
final class DsfReader {

    private static final long FMT_CHUNK_SIZE = 52;
    private static final long FORMAT_DSD_RAW = 0;

    private DsfReader() {
    }

    static ProbedFile read(BoundedInput in, TagCollector out) throws UnreadableFileException {
        in.format("DSF");
        in.skip(4);
        long headerSize = in.u64le();
        in.skip(8); // total file size, often wrong after tag edits
        long metadata = in.u64le();
        if (headerSize < 28 || headerSize > in.size()) {
            throw in.malformed("the DSD chunk is invalid");
        }
        in.seek(headerSize);
        if (!in.fourCc().equals("fmt ") || in.u64le() < FMT_CHUNK_SIZE) {
            throw in.malformed("no fmt chunk after the DSD chunk");
        }
        long fmtStart = in.position() - 12;
        in.skip(4); // format version
        long formatId = in.u32le();
        in.skip(4); // channel type
        long channels = in.u32le();
        long frequency = in.u32le();
        long bits = in.u32le();
        long samples = in.u64le();
        if (formatId != FORMAT_DSD_RAW) {
            throw new UnreadableFileException("unsupported DSF format id " + formatId);
        }
        if (channels == 0 || channels > 8 || frequency == 0 || frequency > Integer.MAX_VALUE || bits != 1 && bits != 8
                || samples < 0) {
            throw in.malformed("the fmt chunk is invalid");
        }
        in.seek(fmtStart + FMT_CHUNK_SIZE);
        if (!in.fourCc().equals("data")) {
            throw in.malformed("no data chunk after the fmt chunk");
        }
        long dataSize = in.u64le() - 12;
        long needed = (samples + 7) / 8 * channels; // the data is padded to whole blocks, so it can only be longer
        if (dataSize < needed || in.position() + dataSize > in.size()) {
            throw in.truncated("data chunk ends after the file");
        }
        if (metadata > 0 && metadata < in.size() && Id3v2Reader.isTagAt(in, metadata)) {
            in.seek(metadata);
            Id3v2Reader.read(in, out);
        }
        double duration = (double) samples / frequency;
        AudioProperties audio = new AudioProperties(AudioFormat.DSF, "DSD", (int) frequency, 1, (int) channels, samples,
                duration, Bitrate.kbps(frequency * channels), (int) frequency, null);
        return out.probed(audio);
    }
}
