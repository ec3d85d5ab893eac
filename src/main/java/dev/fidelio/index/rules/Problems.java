package dev.fidelio.index.rules;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while loading rules, so that one start-up reports them all. */
final class Problems {

    private final List<String> messages = new ArrayList<>();

    void add(String where, String message) {
        messages.add(where + ": " + message);
    }

    void add(RuleLine line, String message) {
        add(line.where(), message);
    }

    void throwIfAny() throws TagRulesException {
        if (!messages.isEmpty()) {
            throw new TagRulesException(messages);
        }
    }
}
