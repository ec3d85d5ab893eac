package dev.fidelio.index.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a rule file into statements: blank lines and lines starting with {@code #} are skipped, a line starting
 * with {@code |} continues the previous statement (for long source lists), the first word is the keyword.
 */
final class RuleLines {

    private RuleLines() {
    }

    static List<RuleLine> read(RuleSource source, int layer, Problems problems) {
        List<RuleLine> lines = new ArrayList<>();
        String text = source.text().startsWith("\uFEFF") ? source.text().substring(1) : source.text();
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("|")) {
                if (lines.isEmpty()) {
                    problems.add(source.name() + ":" + number, "continuation line '|' without a statement before it");
                } else {
                    RuleLine previous = lines.remove(lines.size() - 1);
                    lines.add(new RuleLine(previous.source(), previous.number(), layer, previous.keyword(),
                            previous.argument() + " " + line));
                }
                continue;
            }
            int space = indexOfWhitespace(line);
            String keyword = space < 0 ? line : line.substring(0, space);
            String argument = space < 0 ? "" : line.substring(space).strip();
            lines.add(new RuleLine(source.name(), number, layer, keyword, argument));
        }
        return lines;
    }

    private static int indexOfWhitespace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
