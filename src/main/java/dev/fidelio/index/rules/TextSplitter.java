package dev.fidelio.index.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits one string at separator texts (matched ignoring case), except inside brackets ("Elena Varga
 * (violin/viola)") and inside listed names that contain a separator ("AC/DC").
 */
final class TextSplitter {

    private final List<String> markers;
    private final List<String> keepTogether;

    TextSplitter(List<String> markers, List<String> keepTogether) {
        // Longest first, so that " / " wins over "/" at the same position.
        this.markers = markers.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.keepTogether = List.copyOf(keepTogether);
    }

    List<String> split(String value) {
        boolean[] kept = keptPositions(value);
        List<String> parts = new ArrayList<>();
        int start = 0;
        int depth = 0;
        int i = 0;
        scan:
        while (i < value.length()) {
            if (depth == 0 && !kept[i]) {
                for (String marker : markers) {
                    if (value.regionMatches(true, i, marker, 0, marker.length())) {
                        addPart(parts, value.substring(start, i));
                        i += marker.length();
                        start = i;
                        continue scan;
                    }
                }
            }
            char c = value.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            i++;
        }
        addPart(parts, value.substring(start));
        return List.copyOf(parts);
    }

    private boolean[] keptPositions(String value) {
        boolean[] kept = new boolean[value.length()];
        for (String name : keepTogether) {
            for (int i = 0; i + name.length() <= value.length(); i++) {
                if (value.regionMatches(true, i, name, 0, name.length())) {
                    for (int j = i; j < i + name.length(); j++) {
                        kept[j] = true;
                    }
                }
            }
        }
        return kept;
    }

    /** A marker such as " (feat. " leaves the closing bracket on the last part: "A (feat. B)" gives "A", "B". */
    private static void addPart(List<String> parts, String part) {
        String cleaned = part.strip();
        while (!cleaned.isEmpty() && isUnbalancedClose(cleaned)) {
            cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
        }
        if (!cleaned.isEmpty()) {
            parts.add(cleaned);
        }
    }

    private static boolean isUnbalancedClose(String text) {
        char last = text.charAt(text.length() - 1);
        char open = last == ')' ? '(' : last == ']' ? '[' : 0;
        return open != 0 && count(text, open) < count(text, last);
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
