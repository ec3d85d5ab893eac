package dev.fidelio.index.rules;

import dev.fidelio.index.probe.RawTags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One place a field's value may come from, as written in a {@code field} statement: a tag key ({@code TIT2}), a key
 * prefix ({@code USLT*}: every key starting so), or one role of a key holding (role, name) pairs
 * ({@code TIPL[arranger]}; {@code TMCL[*]} takes every pair and keeps its role, the instrument, as qualifier).
 */
record SourceKey(String key, boolean prefix, String pairRole) {

    private static final String ANY_ROLE = "*";

    static SourceKey parse(String text) throws RuleText.Invalid {
        String key = text;
        String pairRole = null;
        if (key.endsWith("]")) {
            int open = key.lastIndexOf('[');
            if (open < 0) {
                throw new RuleText.Invalid("key '" + text + "' has ']' without '['");
            }
            pairRole = key.substring(open + 1, key.length() - 1).strip();
            key = key.substring(0, open).strip();
            if (pairRole.isEmpty()) {
                throw new RuleText.Invalid("key '" + text + "' has an empty role in [...]; write [*] for every role");
            }
        }
        if (key.indexOf('[') >= 0 || key.indexOf(']') >= 0) {
            throw new RuleText.Invalid("key '" + text + "' has unbalanced brackets");
        }
        boolean prefix = key.endsWith("*");
        if (prefix) {
            key = key.substring(0, key.length() - 1);
            if (pairRole != null) {
                throw new RuleText.Invalid("key '" + text + "' cannot be both a prefix and a pair frame");
            }
        }
        if (key.isBlank()) {
            throw new RuleText.Invalid("empty key in '" + text + "'");
        }
        return new SourceKey(key, prefix, pairRole);
    }

    /** The cleaned values of this source, in tag order; NUL-separated parts of one raw value count as values. */
    List<SourceValue> read(RawTags tags, ValueCleaner cleaner, Field field) {
        List<String> raw = rawValues(tags);
        if (raw.isEmpty()) {
            // Most sources of most fields: a file has a few of the hundreds of keys the rules know.
            return List.of();
        }
        List<SourceValue> values = new ArrayList<>();
        List<String> parts = parts(raw);
        if (pairRole == null) {
            for (String part : parts) {
                add(values, cleaner.clean(part, field), null, cleaner);
            }
        } else {
            for (int i = 0; i + 1 < parts.size(); i += 2) {
                String role = cleaner.clean(parts.get(i), field);
                if (ANY_ROLE.equals(pairRole) || pairRole.equalsIgnoreCase(role)) {
                    add(values, cleaner.clean(parts.get(i + 1), field), role, cleaner);
                }
            }
        }
        return values;
    }

    private static void add(List<SourceValue> values, String text, String qualifier, ValueCleaner cleaner) {
        if (text != null && values.size() < cleaner.maxValues()) {
            values.add(new SourceValue(text, qualifier));
        }
    }

    private List<String> rawValues(RawTags tags) {
        if (!prefix) {
            return tags.values(key);
        }
        String wanted = key.toUpperCase(Locale.ROOT);
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : tags.asMap().entrySet()) {
            if (entry.getKey() != null && entry.getKey().toUpperCase(Locale.ROOT).startsWith(wanted)) {
                values.addAll(entry.getValue());
            }
        }
        return values;
    }

    /**
     * ID3v2.4 separates several values of one frame with NUL, and RIFF INFO values end with one; splitting here
     * keeps (role, name) pairs aligned whether a reader hands them over joined or one by one.
     */
    private static List<String> parts(List<String> rawValues) {
        List<String> parts = new ArrayList<>();
        for (String raw : rawValues) {
            if (raw == null) {
                continue;
            }
            String[] split = raw.split("\0", -1);
            int end = split.length;
            while (end > 0 && split[end - 1].isEmpty()) {
                end--;
            }
            parts.addAll(List.of(split).subList(0, end));
        }
        return parts;
    }
}
