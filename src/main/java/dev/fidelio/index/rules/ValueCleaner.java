package dev.fidelio.index.rules;

import java.util.Map;

/**
 * Value hygiene applied to every tag value before any rule looks at it: control characters and NULs dropped
 * (RIFF INFO values arrive NUL-terminated), whitespace trimmed and, outside lyrics, runs of whitespace and line
 * breaks folded into one space; values cut at the rules' {@code max-length} so that a 10 MB tag costs no more
 * than a short one further on.
 */
final class ValueCleaner {

    private final Map<Field, Integer> maxLengths;
    private final int defaultMaxLength;
    private final int maxValues;

    ValueCleaner(Map<Field, Integer> maxLengths, int defaultMaxLength, int maxValues) {
        this.maxLengths = Map.copyOf(maxLengths);
        this.defaultMaxLength = defaultMaxLength;
        this.maxValues = maxValues;
    }

    int maxValues() {
        return maxValues;
    }

    /** The cleaned value, or null when nothing is left. */
    String clean(String raw, Field field) {
        if (raw == null) {
            return null;
        }
        int max = maxLengths.getOrDefault(field, defaultMaxLength);
        boolean multiline = field.multiline();
        StringBuilder out = new StringBuilder(Math.min(raw.length(), max));
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length() && out.length() < max; i++) {
            char c = raw.charAt(i);
            if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
                if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    continue;
                }
                if (out.length() > 0) {
                    out.append(c == '\r' ? '\n' : c);
                }
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (multiline) {
                    if (out.length() > 0) {
                        out.append(' ');
                    }
                } else {
                    pendingSpace = out.length() > 0;
                }
            } else if (!Character.isISOControl(c) && c != '\uFEFF') {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                    if (out.length() >= max) {
                        break;
                    }
                }
                out.append(c);
            }
        }
        if (out.length() > 0 && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
        String cleaned = out.toString().strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
