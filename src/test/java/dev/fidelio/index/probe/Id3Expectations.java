package dev.fidelio.index.probe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw ID3v2 keys and values a WAV or AIFF of the sample library must yield for its manifest tags, written out
 * independently of the generator: the mapping {@code test-music/README.md} documents for {@code Id3v2Writer}.
 */
final class Id3Expectations {

    private static final Map<String, String> TEXT_FRAMES = Map.ofEntries(
            Map.entry("TITLE", "TIT2"), Map.entry("ARTIST", "TPE1"), Map.entry("ALBUMARTIST", "TPE2"),
            Map.entry("ALBUM", "TALB"), Map.entry("DATE", "TDRC"), Map.entry("GENRE", "TCON"),
            Map.entry("COMPOSER", "TCOM"), Map.entry("CONDUCTOR", "TPE3"), Map.entry("DISCSUBTITLE", "TSST"),
            Map.entry("LABEL", "TPUB"), Map.entry("MOVEMENTNAME", "MVNM"), Map.entry("COMPILATION", "TCMP"),
            Map.entry("ARTISTSORT", "TSOP"), Map.entry("ALBUMARTISTSORT", "TSO2"), Map.entry("ALBUMSORT", "TSOA"),
            Map.entry("TITLESORT", "TSOT"), Map.entry("COMPOSERSORT", "TSOC"));
    private static final Map<String, String> PICARD_NAMES = Map.of(
            "MUSICBRAINZ_ALBUMID", "MusicBrainz Album Id",
            "MUSICBRAINZ_ARTISTID", "MusicBrainz Artist Id",
            "MUSICBRAINZ_ALBUMARTISTID", "MusicBrainz Album Artist Id",
            "MUSICBRAINZ_RELEASEGROUPID", "MusicBrainz Release Group Id",
            "MUSICBRAINZ_RELEASETRACKID", "MusicBrainz Release Track Id",
            "MUSICBRAINZ_WORKID", "MusicBrainz Work Id");

    private Id3Expectations() {
    }

    static Map<String, List<String>> frames(Map<String, List<String>> vorbis) {
        Map<String, List<String>> frames = new LinkedHashMap<>();
        vorbis.forEach((key, values) -> {
            switch (key) {
                case "TRACKNUMBER" -> frames.put("TRCK", List.of(pair(vorbis, key, "TRACKTOTAL")));
                case "DISCNUMBER" -> frames.put("TPOS", List.of(pair(vorbis, key, "DISCTOTAL")));
                case "MOVEMENT" -> frames.put("MVIN", List.of(pair(vorbis, key, "MOVEMENTTOTAL")));
                case "TRACKTOTAL", "DISCTOTAL", "MOVEMENTTOTAL" -> { }
                case "MUSICBRAINZ_TRACKID" -> frames.put("UFID:http://musicbrainz.org", values);
                case "WORK" -> {
                    frames.put("TIT1", values);
                    frames.put("TXXX:WORK", values);
                }
                default -> frames.put(TEXT_FRAMES.containsKey(key) ? TEXT_FRAMES.get(key)
                        : "TXXX:" + PICARD_NAMES.getOrDefault(key, key), values);
            }
        });
        return frames;
    }

    private static String pair(Map<String, List<String>> vorbis, String number, String total) {
        List<String> totals = vorbis.getOrDefault(total, List.of());
        return vorbis.get(number).get(0) + (totals.isEmpty() ? "" : "/" + totals.get(0));
    }
}
