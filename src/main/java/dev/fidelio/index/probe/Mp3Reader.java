package dev.fidelio.index.probe;

import dev.fidelio.library.AudioFormat;

/**
 * Native MP3 (MPEG audio layers I to III): leading ID3v2 tags, then the first frame that a second frame confirms.
 * Duration comes from a Xing/Info or VBRI header when the encoder wrote one (exact frame count), else from the
 * file size at the first frame's bitrate (exact for constant bitrate). Without an ID3v2 tag, an ID3v1 tag is read.
 */
final class Mp3Reader {

    /** How far past the tags the first frame may start (encoders and taggers leave junk and padding). */
    private static final int SYNC_SEARCH = 64 * 1024;
    private static final int MAX_LEADING_TAGS = 4;
    /** The longest MPEG audio frame: MPEG-2.5 layer II at 160 kb/s and 8 kHz. */
    private static final int MAX_FRAME = 2881;
    private static final int VBRI_OFFSET = 4 + 32;

    private Mp3Reader() {
    }

    static ProbedFile read(BoundedInput in, TagCollector out) throws UnreadableFileException {
        in.format("MP3");
        long audioStart = 0;
        for (int tags = 0; tags < MAX_LEADING_TAGS && Id3v2Reader.isTagAt(in, audioStart); tags++) {
            in.seek(audioStart);
            Id3v2Reader.read(in, out);
            audioStart = in.position();
        }
        // mp3gain and foobar2000 write an APEv2 tag (ReplayGain, or all tags) before any ID3v1 tag.
        long apeStart = ApeTagReader.read(in, out);
        long audioEnd = in.size();
        if (apeStart < audioEnd && apeStart >= audioStart) {
            audioEnd = apeStart;
        } else if (Id3v1Reader.isPresent(in) && audioEnd - Id3v1Reader.SIZE >= audioStart) {
            audioEnd -= Id3v1Reader.SIZE;
            if (!out.hasTags()) {
                Id3v1Reader.read(in, out);
            }
        }
        byte[] window = in.peek(audioStart, SYNC_SEARCH + MAX_FRAME);
        int found = firstFrame(in, window, audioStart, audioEnd);
        if (found < 0) {
            throw audioStart == 0 ? new UnreadableFileException("not an audio file (unknown format)")
                    : in.malformed("no MPEG audio frames after the ID3v2 tag");
        }
        MpegFrameHeader header = MpegFrameHeader.parse(window, found);
        long frameStart = audioStart + found;
        long frames = -1;
        long bytes = -1;
        byte[] frame = in.peek(frameStart, header.frameLength());
        int xing = header.xingOffset();
        if ((ByteArrays.startsWith(frame, xing, "Xing") || ByteArrays.startsWith(frame, xing, "Info"))
                && frame.length >= xing + 16) {
            long flags = ByteArrays.u32be(frame, xing + 4);
            int field = xing + 8;
            if ((flags & 1) != 0) {
                frames = ByteArrays.u32be(frame, field);
                field += 4;
            }
            if ((flags & 2) != 0) {
                bytes = ByteArrays.u32be(frame, field);
            }
        }
        if (frames < 0 && ByteArrays.startsWith(frame, VBRI_OFFSET, "VBRI") && frame.length >= VBRI_OFFSET + 18) {
            bytes = ByteArrays.u32be(frame, VBRI_OFFSET + 10);
            frames = ByteArrays.u32be(frame, VBRI_OFFSET + 14);
        }
        long audioBytes = audioEnd - frameStart;
        double duration;
        int bitrate;
        if (frames > 0) {
            duration = (double) frames * header.samplesPerFrame() / header.sampleRate();
            // The frame holding the Xing/Info/VBRI header carries no audio, and its bitrate may differ from the rest.
            bitrate = Bitrate.kbps((bytes > 0 ? bytes : audioBytes) - header.frameLength(), duration);
        } else {
            frames = -1;
            bitrate = header.bitrateKbps();
            duration = audioBytes * 8.0 / (bitrate * 1000.0);
        }
        String codec = header.layer() == 3 ? "MP3" : header.layer() == 2 ? "MP2" : "MP1";
        AudioProperties audio = new AudioProperties(AudioFormat.MP3, codec, header.sampleRate(), 0, header.channels(),
                frames > 0 ? frames * header.samplesPerFrame() : -1, duration, bitrate, 0, null);
        return out.probed(audio);
    }

    /**
     * The index in {@code window} of the first frame header followed by another of the same stream (or by the end
     * of the file), or -1. The second header rules out sync patterns that occur by chance in tag junk.
     */
    private static int firstFrame(BoundedInput in, byte[] window, long windowStart, long audioEnd)
            throws UnreadableFileException {
        for (int i = 0; i < Math.min(window.length, SYNC_SEARCH); i++) {
            MpegFrameHeader header = MpegFrameHeader.parse(window, i);
            if (header == null) {
                continue;
            }
            long next = windowStart + i + header.frameLength();
            if (next == audioEnd) {
                return i;
            }
            int inWindow = i + header.frameLength();
            MpegFrameHeader following = inWindow + 4 <= window.length ? MpegFrameHeader.parse(window, inWindow)
                    : MpegFrameHeader.parse(in.peek(next, 4), 0);
            if (following != null && header.sameStream(following)) {
                return i;
            }
        }
        return -1;
    }
}
