package dev.fidelio.index.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small grammar inside a statement's argument: {@code |}-separated items, double quotes to keep spaces or a
 * {@code |} in an item ({@code " / "}), and {@code name = value} / {@code name += value} assignments.
 */
final class RuleText {

    /** What is wrong with one statement; becomes a "file:line: message" problem. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    /** {@code name = value} or, with {@code append}, {@code name += value}. */
    record Assignment(String name, boolean append, String value) {
    }

    private static final Pattern ASSIGNMENT = Pattern.compile("^(.+?)\\s*(\\+?=)\\s*(.*)$", Pattern.DOTALL);

    private RuleText() {
    }

    /** One or more items separated by {@code |}; an unquoted item is trimmed, a quoted one kept exactly. */
    static List<String> items(String text) throws Invalid {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '\\' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    current.append(c);
                }
            } else if (c == '|') {
                items.add(item(current, quoted));
                current.setLength(0);
                quoted = false;
            } else if (c == '"' && !quoted && current.toString().isBlank()) {
                current.setLength(0);
                inQuotes = true;
                quoted = true;
            } else if (quoted && !Character.isWhitespace(c)) {
                throw new Invalid("unexpected text after closing quote: '" + text.substring(i) + "'");
            } else if (!quoted) {
                current.append(c);
            }
        }
        if (inQuotes) {
            throw new Invalid("unterminated quote in '" + text + "'");
        }
        items.add(item(current, quoted));
        return items;
    }

    /** Exactly one item. */
    static String single(String text, String what) throws Invalid {
        List<String> items = items(text);
        if (items.size() != 1) {
            throw new Invalid(what + " takes one value, not " + items.size());
        }
        return items.get(0);
    }

    static Assignment assignment(String text, String form) throws Invalid {
        Matcher m = ASSIGNMENT.matcher(text);
        if (!m.matches() || m.group(1).isBlank()) {
            throw new Invalid("expected '" + form + "'");
        }
        String value = m.group(3).strip();
        if (value.isEmpty()) {
            throw new Invalid("missing value after '" + m.group(2) + "' (expected '" + form + "')");
        }
        return new Assignment(m.group(1).strip(), m.group(2).equals("+="), value);
    }

    /** A word naming a pattern, so that user rules can replace or remove it. */
    static String patternName(String name) throws Invalid {
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw new Invalid("pattern name '" + name + "' must be one word of letters, digits, '-', '_' or '.'");
        }
        return name;
    }

    static int positiveNumber(String text) throws Invalid {
        try {
            int n = Integer.parseInt(text.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Invalid("'" + text.strip() + "' is not a positive whole number");
    }

    static String[] words(String text, int count, String form) throws Invalid {
        String[] words = text.strip().split("\\s+");
        if (text.isBlank() || words.length != count) {
            throw new Invalid("expected '" + form + "'");
        }
        return words;
    }

    private static String item(StringBuilder current, boolean quoted) throws Invalid {
        String item = quoted ? current.toString() : current.toString().strip();
        if (item.isEmpty()) {
            throw new Invalid(quoted ? "empty quoted value" : "missing value (empty item between '|')");
        }
        return item;
    }
}
