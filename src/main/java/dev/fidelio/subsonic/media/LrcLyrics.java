package dev.fidelio.subsonic.media;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lyrics as tagged: plain text, or LRC, whose lines start with their times ({@code [01:02.50]Words}), maybe several
 * for a repeated line, among tags such as {@code [ar:Artist]} and {@code [offset:+250]}. Lyrics with at least one
 * timed line are synced; their untimed lines are left out, as players cannot place them.
 */
record LrcLyrics(boolean synced, long offsetMillis, List<Line> lines) {

    /** One line; {@code startMillis} null when not synced. */
    record Line(Long startMillis, String text) {
    }

    private static final Pattern TIME = Pattern.compile("\\[(\\d{1,3}):(\\d{1,2})(?:[.:](\\d{1,3}))?]");
    private static final Pattern TAG = Pattern.compile("\\[([a-zA-Z]+):([^\\]]*)]\\s*");

    static LrcLyrics parse(String text) {
        List<Line> timed = new ArrayList<>();
        List<Line> plain = new ArrayList<>();
        long offset = 0;
        for (String raw : text.split("\\R", -1)) {
            Matcher tag = TAG.matcher(raw);
            if (tag.matches()) {
                if (tag.group(1).equalsIgnoreCase("offset")) {
                    offset = offset(tag.group(2));
                }
                continue;
            }
            Matcher time = TIME.matcher(raw);
            int end = 0;
            List<Long> starts = new ArrayList<>();
            while (time.find() && time.start() == end) {
                starts.add(millis(time));
                end = time.end();
            }
            String words = raw.substring(end).strip();
            starts.forEach(start -> timed.add(new Line(start, words)));
            if (starts.isEmpty()) {
                plain.add(new Line(null, raw.strip()));
            }
        }
        if (timed.isEmpty()) {
            return new LrcLyrics(false, 0, trimmed(plain));
        }
        timed.sort(Comparator.comparing(Line::startMillis));
        return new LrcLyrics(true, offset, timed);
    }

    /** The words alone, line by line, as getLyrics gives them. */
    String plainText() {
        return String.join("\n", lines.stream().map(Line::text).toList());
    }

    private static long millis(Matcher time) {
        String fraction = time.group(3) == null ? "0" : time.group(3);
        long fractionMillis = Long.parseLong(fraction) * (fraction.length() == 1 ? 100 : fraction.length() == 2 ? 10 : 1);
        return (Long.parseLong(time.group(1)) * 60 + Long.parseLong(time.group(2))) * 1000 + fractionMillis;
    }

    private static long offset(String value) {
        try {
            return Long.parseLong(value.strip().replace("+", ""));
        } catch (NumberFormatException e) {
            return 0; // an unreadable offset is as if absent
        }
    }

    /** Without the empty lines before the first words and after the last. */
    private static List<Line> trimmed(List<Line> lines) {
        int first = 0;
        int last = lines.size();
        while (first < last && lines.get(first).text().isEmpty()) {
            first++;
        }
        while (last > first && lines.get(last - 1).text().isEmpty()) {
            last--;
        }
        return List.copyOf(lines.subList(first, last));
    }
}
