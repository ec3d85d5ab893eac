package dev.fidelio.index.rules;

/**
 * The text of one rule file.
 *
 * @param name how problems name the file ("tag-rules/fields.rules")
 */
public record RuleSource(String name, String text) {
}
