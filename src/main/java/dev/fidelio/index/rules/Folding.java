package dev.fidelio.index.rules;

import java.util.Locale;

/** The comparison key for names that differ only in case, spacing or punctuation ("Hip Hop", "hip-hop", "HipHop"). */
final class Folding {

    private Folding() {
    }

    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(folded::appendCodePoint);
        return folded.toString();
    }
}
