package dev.fidelio.index.rules;

/**
 * One statement of a rule file, continuation lines joined.
 *
 * @param layer 0 for the shipped defaults, 1 for the user's folder: a later layer replaces, the same layer may not
 *              define a thing twice
 */
record RuleLine(String source, int number, int layer, String keyword, String argument) {

    String where() {
        return source + ":" + number;
    }
}
