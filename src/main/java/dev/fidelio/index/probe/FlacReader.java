package dev.fidelio.index.probe;

import dev.fidelio.library.AudioFormat;

/**
 * Native FLAC: the metadata blocks (STREAMINFO, VORBIS_COMMENT, PICTURE; others skipped unread), then two cheap
 * checks that the audio is there: the first frame header must follow the metadata and agree with STREAMINFO, and
 * the last frame header must lie near the end of the file. Neither decodes audio; both read a few kilobytes.
 */
final class FlacReader {

    private static final int STREAMINFO = 0;
    private static final int VORBIS_COMMENT = 4;
    private static final int PICTURE = 6;
    private static final int INVALID = 127;
    private static final int STREAMINFO_LENGTH = 34;
    private static final int MAX_BLOCKS = 1024;
    /** Where STREAMINFO does not give the largest frame size, how much of the end to search for the last frame. */
    private static final int UNKNOWN_FRAME_SIZE_TAIL = 256 * 1024;
    /** Room for an ID3v1 or small APE tag that some taggers append after the audio. */
    private static final int TAIL_SLACK = 8 * 1024;

    private FlacReader() {
    }

    /** Reads the stream whose {@code fLaC} marker is at {@code start} (after a leading ID3v2 tag, if any). */
    static ProbedFile read(BoundedInput in, long start, TagCollector out) throws UnreadableFileException {
        in.format("FLAC");
        in.seek(start + 4);
        StreamInfo info = null;
        boolean last = false;
        for (int block = 0; !last; block++) {
            if (block == MAX_BLOCKS) {
                throw in.malformed("more than " + MAX_BLOCKS + " metadata blocks");
            }
            if (in.remaining() < 4) {
                throw in.truncated("the file ends inside the metadata");
            }
            int header = in.u8();
            last = (header & 0x80) != 0;
            int type = header & 0x7F;
            long length = in.u24be();
            long end = in.position() + length;
            if (end > in.size()) {
                throw in.truncated("metadata block runs past the end of the file");
            }
            if (block == 0 && type != STREAMINFO) {
                throw new UnreadableFileException("FLAC STREAMINFO missing");
            }
            BoundedInput.Limit file = in.narrow(end, "metadata block");
            switch (type) {
                case STREAMINFO -> {
                    if (block != 0) {
                        throw in.malformed("a second STREAMINFO block");
                    }
                    info = StreamInfo.read(in, length);
                }
                case VORBIS_COMMENT -> VorbisCommentReader.read(in, out);
                case PICTURE -> {
                    EmbeddedPicture picture = FlacPicture.read(in, end);
                    if (picture != null) {
                        out.addPicture(picture, () -> in.bytesAt(picture.offset(), picture.length()));
                    }
                }
                case INVALID -> throw in.malformed("invalid metadata block type 127");
                default -> { }
            }
            in.restore(file);
            in.seek(end);
        }
        long audioStart = in.position();
        FlacFrameHeader first = FlacFrameHeader.parse(in.peek(audioStart, FlacFrameHeader.MAX_LENGTH), 0);
        if (first == null) {
            throw audioStart + 2 > in.size() ? in.truncated("no audio frames after the metadata")
                    : in.malformed("no audio frames after the metadata");
        }
        if (!info.matches(first)) {
            throw in.malformed("STREAMINFO does not match the audio frames (corrupt STREAMINFO)");
        }
        checkEnding(in, info, first, audioStart);
        double duration = info.totalSamples > 0 ? (double) info.totalSamples / info.sampleRate : 0;
        AudioProperties audio = new AudioProperties(AudioFormat.FLAC, "FLAC", info.sampleRate, info.bitsPerSample,
                info.channels, info.totalSamples > 0 ? info.totalSamples : -1, duration,
                Bitrate.kbps(in.size() - audioStart, duration), 0, info.md5);
        return out.probed(audio);
    }

    /**
     * A FLAC cut short still starts well, so the end is checked too: among the frame headers in the last stretch of
     * the file (as long as the largest frame, plus room for a trailing tag), one must hold the final samples. When no
     * header is found there at all (an unusually long trailing tag), the file is given the benefit of the doubt.
     */
    private static void checkEnding(BoundedInput in, StreamInfo info, FlacFrameHeader first, long audioStart)
            throws UnreadableFileException {
        if (info.totalSamples <= 0) {
            return;
        }
        long searched = (info.maxFrameSize > 0 ? info.maxFrameSize : UNKNOWN_FRAME_SIZE_TAIL) + TAIL_SLACK;
        int window = (int) Math.min(in.size() - audioStart, searched);
        byte[] tail = in.peek(in.size() - window, window);
        boolean sawFrame = false;
        for (int i = 0; i + 1 < tail.length; i++) {
            if (!FlacFrameHeader.isSync(tail, i)) {
                continue;
            }
            FlacFrameHeader frame = FlacFrameHeader.parse(tail, i);
            if (frame == null || !info.matches(frame)) {
                continue;
            }
            long firstSample = frame.variableBlockSize() ? frame.number() : frame.number() * first.blockSize();
            if (firstSample < info.totalSamples && firstSample + frame.blockSize() >= info.totalSamples) {
                return;
            }
            sawFrame = true;
        }
        if (sawFrame) {
            throw in.truncated("the file ends before its last audio frame");
        }
    }

    private record StreamInfo(int maxBlockSize, int maxFrameSize, int sampleRate, int channels, int bitsPerSample,
            long totalSamples, byte[] md5) {

        static StreamInfo read(BoundedInput in, long length) throws UnreadableFileException {
            if (length != STREAMINFO_LENGTH) {
                throw in.malformed("STREAMINFO has " + length + " bytes instead of " + STREAMINFO_LENGTH);
            }
            int minBlockSize = in.u16be();
            int maxBlockSize = in.u16be();
            int minFrameSize = in.u24be();
            int maxFrameSize = in.u24be();
            long packed = in.u64be();
            byte[] md5 = in.bytes(16);
            int sampleRate = (int) (packed >>> 44);
            int channels = (int) (packed >>> 41 & 0x7) + 1;
            int bitsPerSample = (int) (packed >>> 36 & 0x1F) + 1;
            long totalSamples = packed & 0xF_FFFF_FFFFL;
            if (sampleRate == 0 || minBlockSize < 16 || maxBlockSize < minBlockSize || bitsPerSample < 4
                    || minFrameSize > 0 && maxFrameSize > 0 && minFrameSize > maxFrameSize) {
                throw in.malformed("STREAMINFO is corrupt");
            }
            return new StreamInfo(maxBlockSize, maxFrameSize, sampleRate, channels, bitsPerSample, totalSamples,
                    isZero(md5) ? null : md5);
        }

        /** Whether a frame header agrees with this STREAMINFO where it states anything. */
        boolean matches(FlacFrameHeader frame) {
            return (frame.sampleRate() == 0 || frame.sampleRate() == sampleRate)
                    && (frame.bitsPerSample() == 0 || frame.bitsPerSample() == bitsPerSample)
                    && frame.channels() == channels
                    && frame.blockSize() <= maxBlockSize;
        }

        private static boolean isZero(byte[] bytes) {
            for (byte b : bytes) {
                if (b != 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
