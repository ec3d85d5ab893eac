package dev.fidelio.index.rules;

/**
 * One cleaned tag value.
 *
 * @param qualifier the role it was paired with in a pair frame (the instrument of an ID3 TMCL entry), else null
 */
record SourceValue(String text, String qualifier) {
}
