package dev.fidelio.index.rules;

import java.util.List;

/**
 * The tag rules could not be loaded. Each problem reads "file:line: what is wrong", e.g.
 * {@code tag-rules/fields.rules:12: unknown field 'titel' (did you mean 'title'?)}; the message lists them all.
 */
public class TagRulesException extends Exception {

    private final List<String> problems;

    public TagRulesException(List<String> problems) {
        super(problems.size() == 1
                ? problems.get(0)
                : problems.size() + " problems in the tag rules:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
