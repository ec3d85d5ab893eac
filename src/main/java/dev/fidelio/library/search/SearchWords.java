package dev.fidelio.library.search;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The words search matches on, as the indexer stores them and as a query is read: runs of letters (with their
 * combining marks) or of digits, everything else a separator. Letters and digits part, so "Op.95", "op 95" and
 * "Op. 95" are all "Op 95", and "BWV1007" is "BWV 1007". Case and diacritics stay: the database folds them
 * ({@code search_fold}), the same way for what is stored and what is asked.
 */
public final class SearchWords {

    private enum Kind {
        LETTER, DIGIT, MARK, SEPARATOR
    }

    private SearchWords() {
    }

    /** The words of all {@code texts} (nulls skipped), separated by single spaces. */
    public static String of(String... texts) {
        StringBuilder words = new StringBuilder();
        for (String text : texts) {
            if (text != null) {
                append(text, words);
            }
        }
        return words.toString();
    }

    /** The distinct words of {@code words} (as {@link #of} gives them), in order. */
    public static Set<String> split(String words) {
        Set<String> distinct = new LinkedHashSet<>(Arrays.asList(words.split(" ")));
        distinct.remove("");
        return distinct;
    }

    private static void append(String text, StringBuilder words) {
        Kind previous = Kind.SEPARATOR;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Kind kind = kind(c);
            if (kind == Kind.SEPARATOR || kind == Kind.MARK && previous == Kind.SEPARATOR) {
                previous = Kind.SEPARATOR;
                continue;
            }
            if (kind != Kind.MARK) {
                if (kind != previous && !words.isEmpty()) {
                    words.append(' ');
                }
                previous = kind;
            }
            words.appendCodePoint(c);
        }
    }

    /**
     * Other numbers (½, ², ①) separate: folding would spell them with punctuation. Letter numbers (Ⅸ) fold to
     * letters. Lone surrogates, NUL and other controls are separators like any punctuation.
     */
    private static Kind kind(int c) {
        if (Character.isDigit(c)) {
            return Kind.DIGIT;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.LETTER_NUMBER -> Kind.LETTER;
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> Kind.MARK;
            default -> Kind.SEPARATOR;
        };
    }
}
