package dev.fidelio.index.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Derives a sort name when the tags give none, by moving a leading article to the end: "The Beatles" → "Beatles, The". */
final class SortNames {

    private final List<String> articles;

    SortNames(Collection<String> articles) {
        this.articles = articles.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    String sortName(String name) {
        for (String article : articles) {
            int length = article.length();
            if (name.length() <= length || !name.regionMatches(true, 0, article, 0, length)) {
                continue;
            }
            // An elided article ("L'", "L’") joins the next word; any other must be a word of its own.
            boolean elided = article.endsWith("'") || article.endsWith("’");
            if (elided || Character.isWhitespace(name.charAt(length))) {
                String rest = name.substring(length).strip();
                if (!rest.isEmpty()) {
                    return rest + ", " + name.substring(0, length);
                }
            }
        }
        return name;
    }
}
