package dev.fidelio.index.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for single tag values whose format is fixed by a standard, not by taste: ids, ISRC, ReplayGain, flags. */
final class TagValues {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern ISRC = Pattern.compile("[A-Z]{2}[A-Z0-9]{3}\\d{7}");
    private static final Pattern GAIN = Pattern.compile("([+-]?\\d{1,3}(?:[.,]\\d+)?)\\s*(?:dB)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern PEAK = Pattern.compile("\\d{1,3}(?:[.,]\\d+)?");
    /** Gains beyond ±64 dB and peaks beyond 20× full scale come from broken taggers, not from music. */
    private static final double MAX_GAIN_DB = 64;
    private static final double MAX_PEAK = 20;

    private TagValues() {
    }

    /** The first MusicBrainz id (a UUID) in the value, lower-case; ID3 UFID and joined lists hold more text. */
    static String musicBrainzId(String value) {
        Matcher m = UUID.matcher(value);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }

    static List<String> musicBrainzIds(String value) {
        List<String> ids = new ArrayList<>();
        Matcher m = UUID.matcher(value);
        while (m.find()) {
            ids.add(m.group().toLowerCase(Locale.ROOT));
        }
        return ids;
    }

    /** "us-rc1-76-07839" → "USRC17607839"; anything else is no ISRC. */
    static String isrc(String value) {
        String compact = value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return ISRC.matcher(compact).matches() ? compact : null;
    }

    /** "-6.54 dB", "+5.01 dB", "-6,54" → dB. */
    static Double gain(String value) {
        Matcher m = GAIN.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        double gain = Double.parseDouble(m.group(1).replace(',', '.'));
        return Math.abs(gain) <= MAX_GAIN_DB ? gain : null;
    }

    static Double peak(String value) {
        String text = value.strip();
        if (!PEAK.matcher(text).matches()) {
            return null;
        }
        double peak = Double.parseDouble(text.replace(',', '.'));
        return peak <= MAX_PEAK ? peak : null;
    }

    /** "1", "true", "yes" → true; "0", "false", "no" → false; anything else is no answer. */
    static Boolean flag(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes" -> Boolean.TRUE;
            case "0", "false", "no" -> Boolean.FALSE;
            default -> null;
        };
    }
}
