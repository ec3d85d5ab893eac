package dev.fidelio.index.probe;

/**
 * Tells the container from the first bytes, never from the file name: a FLAC named {@code .mp3} is still read as
 * FLAC. A leading ID3v2 tag is looked past, since some taggers put one in front of FLAC files.
 */
final class FormatSniffer {

    /** The container families with a reader of their own. */
    enum Container { FLAC, RIFF, AIFF, WAVPACK, DSF, DFF, MP4, MP3, OGG }

    /** The container and the offset its own data starts at (past a leading ID3v2 tag, for FLAC). */
    record Sniffed(Container container, long start) {
    }

    private static final int HEAD = 16;
    /** Nested or repeated leading ID3v2 tags beyond this are not followed. */
    private static final int MAX_LEADING_TAGS = 4;

    private FormatSniffer() {
    }

    static Sniffed sniff(BoundedInput in) throws UnreadableFileException {
        byte[] head = in.peek(0, HEAD);
        Container container = byMagic(head);
        if (container != null) {
            return new Sniffed(container, 0);
        }
        if (at(head, 0, "ID3")) {
            long at = 0;
            for (int tags = 0; tags < MAX_LEADING_TAGS && Id3v2Reader.isTagAt(in, at); tags++) {
                at = Id3v2Reader.tagEnd(in, at);
            }
            return in.matches(at, "fLaC") ? new Sniffed(Container.FLAC, at) : new Sniffed(Container.MP3, 0);
        }
        if (MpegFrameHeader.parse(head, 0) != null) {
            return new Sniffed(Container.MP3, 0);
        }
        throw new UnreadableFileException("not an audio file (unknown format)");
    }

    private static Container byMagic(byte[] head) {
        if (at(head, 0, "fLaC")) {
            return Container.FLAC;
        }
        if ((at(head, 0, "RIFF") || at(head, 0, "RF64") || at(head, 0, "BW64")) && at(head, 8, "WAVE")) {
            return Container.RIFF;
        }
        if (at(head, 0, "FORM") && (at(head, 8, "AIFF") || at(head, 8, "AIFC"))) {
            return Container.AIFF;
        }
        if (at(head, 0, "wvpk")) {
            return Container.WAVPACK;
        }
        if (at(head, 0, "DSD ")) {
            return Container.DSF;
        }
        if (at(head, 0, "FRM8") && at(head, 12, "DSD ")) {
            return Container.DFF;
        }
        if (at(head, 4, "ftyp")) {
            return Container.MP4;
        }
        if (at(head, 0, "OggS")) {
            return Container.OGG;
        }
        return null;
    }

    private static boolean at(byte[] head, int offset, String magic) {
        return ByteArrays.startsWith(head, offset, magic);
    }
}
