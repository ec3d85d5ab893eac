package dev.fidelio.testmusic;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A minimal ID3v2.4 tag writer for WAV {@code id3 } and AIFF {@code ID3 } chunks: UTF-8 text frames with
 * multiple values separated by NUL, synchsafe sizes, no unsynchronisation, no extended header.
 * Vorbis comment names map to the frames Picard/foobar2000 use; anything unmapped becomes a TXXX frame
 * named after the Vorbis key.
 */
public final class Id3v2Writer {

    private static final byte UTF_8 = 3;
    private static final int FRONT_COVER = 3;
    private static final String MUSICBRAINZ_UFID_OWNER = "http://musicbrainz.org";

    private static final Map<String, String> TEXT_FRAMES = Map.ofEntries(
            Map.entry("TITLE", "TIT2"),
            Map.entry("ARTIST", "TPE1"),
            Map.entry("ALBUMARTIST", "TPE2"),
            Map.entry("ALBUM", "TALB"),
            Map.entry("DATE", "TDRC"),
            Map.entry("GENRE", "TCON"),
            Map.entry("COMPOSER", "TCOM"),
            Map.entry("CONDUCTOR", "TPE3"),
            Map.entry("DISCSUBTITLE", "TSST"),
            Map.entry("LABEL", "TPUB"),
            Map.entry("MOVEMENTNAME", "MVNM"),
            Map.entry("COMPILATION", "TCMP"),
            Map.entry("ARTISTSORT", "TSOP"),
            Map.entry("ALBUMARTISTSORT", "TSO2"),
            Map.entry("ALBUMSORT", "TSOA"),
            Map.entry("TITLESORT", "TSOT"),
            Map.entry("COMPOSERSORT", "TSOC"));

    /** "n/total" frames built from two Vorbis keys. */
    private static final Map<String, String[]> NUMBER_FRAMES = Map.of(
            "TRCK", new String[] {"TRACKNUMBER", "TRACKTOTAL"},
            "TPOS", new String[] {"DISCNUMBER", "DISCTOTAL"},
            "MVIN", new String[] {"MOVEMENT", "MOVEMENTTOTAL"});

    /** TXXX descriptions that differ from the Vorbis key (Picard's names). */
    private static final Map<String, String> TXXX_NAMES = Map.of(
            "MUSICBRAINZ_ALBUMID", "MusicBrainz Album Id",
            "MUSICBRAINZ_ARTISTID", "MusicBrainz Artist Id",
            "MUSICBRAINZ_ALBUMARTISTID", "MusicBrainz Album Artist Id",
            "MUSICBRAINZ_RELEASEGROUPID", "MusicBrainz Release Group Id",
            "MUSICBRAINZ_RELEASETRACKID", "MusicBrainz Release Track Id",
            "MUSICBRAINZ_WORKID", "MusicBrainz Work Id");

    private Id3v2Writer() {
    }

    public static byte[] write(Map<String, List<String>> tags, EncodedImage cover) {
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        Set<String> numberFramesWritten = new HashSet<>();
        tags.forEach((key, values) -> writeFrames(frames, key, values, tags, numberFramesWritten));
        if (cover != null) {
            frames.writeBytes(frame("APIC", apic(cover)));
        }
        ByteArrayOutputStream tag = new ByteArrayOutputStream();
        tag.writeBytes(new byte[] {'I', 'D', '3', 4, 0, 0});
        tag.writeBytes(synchsafe(frames.size()));
        tag.writeBytes(frames.toByteArray());
        return tag.toByteArray();
    }

    private static void writeFrames(ByteArrayOutputStream out, String key, List<String> values,
                                    Map<String, List<String>> tags, Set<String> numberFramesWritten) {
        for (Map.Entry<String, String[]> number : NUMBER_FRAMES.entrySet()) {
            String[] keys = number.getValue();
            if (key.equals(keys[0]) || key.equals(keys[1])) {
                if (numberFramesWritten.add(number.getKey()) && tags.containsKey(keys[0])) {
                    String total = tags.containsKey(keys[1]) ? "/" + tags.get(keys[1]).get(0) : "";
                    out.writeBytes(frame(number.getKey(), text(List.of(tags.get(keys[0]).get(0) + total))));
                }
                return;
            }
        }
        if (key.equals("MUSICBRAINZ_TRACKID")) {
            out.writeBytes(frame("UFID", Bytes.concat(latin1(MUSICBRAINZ_UFID_OWNER), new byte[] {0}, latin1(values.get(0)))));
            return;
        }
        String frameId = TEXT_FRAMES.get(key);
        if (frameId != null) {
            out.writeBytes(frame(frameId, text(values)));
            return;
        }
        if (key.equals("WORK")) {
            // iTunes reads the work from TIT1, Picard and jaudiotagger from TXXX:WORK.
            out.writeBytes(frame("TIT1", text(values)));
        }
        out.writeBytes(frame("TXXX", userText(TXXX_NAMES.getOrDefault(key, key), values)));
    }

    private static byte[] text(List<String> values) {
        return Bytes.concat(new byte[] {UTF_8}, utf8(String.join("\0", values)));
    }

    private static byte[] userText(String description, List<String> values) {
        return Bytes.concat(new byte[] {UTF_8}, utf8(description), new byte[] {0}, utf8(String.join("\0", values)));
    }

    private static byte[] apic(EncodedImage cover) {
        return Bytes.concat(new byte[] {UTF_8}, latin1(cover.mimeType()), new byte[] {0, FRONT_COVER, 0}, cover.data());
    }

    private static byte[] frame(String id, byte[] body) {
        return Bytes.concat(latin1(id), synchsafe(body.length), new byte[] {0, 0}, body);
    }

    /** ID3v2.4 sizes use 7 bits per byte so that no size contains a false frame sync. */
    static byte[] synchsafe(int size) {
        if (size >= 1 << 28) {
            throw new IllegalArgumentException("ID3v2 size too large: " + size);
        }
        return new byte[] {(byte) (size >>> 21 & 0x7F), (byte) (size >>> 14 & 0x7F), (byte) (size >>> 7 & 0x7F), (byte) (size & 0x7F)};
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
