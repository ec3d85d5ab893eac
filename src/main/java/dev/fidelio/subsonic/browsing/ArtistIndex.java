package dev.fidelio.subsonic.browsing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Artists (or the folders standing for them) under the letter their name sorts by, as getIndexes and getArtists group
 * them: a sort name from the tags when it differs from the name, else the name without a leading article; accents
 * do not count. Letters A to Z first, other scripts' letters after them, everything else under "#" at the end.
 */
final class ArtistIndex {

    /** The articles a name's first word is left out for, as the response tells clients. */
    static final String IGNORED_ARTICLES = "The El La Los Las Le Les";
    static final String OTHER = "#";

    private static final Set<String> ARTICLES = Set.of(IGNORED_ARTICLES.toLowerCase(Locale.ROOT).split(" "));
    private static final Comparator<String> INDEX_ORDER = Comparator.comparing((String key) -> key.equals(OTHER))
            .thenComparing(key -> !(key.length() == 1 && key.charAt(0) >= 'A' && key.charAt(0) <= 'Z'))
            .thenComparing(Comparator.naturalOrder());

    private ArtistIndex() {
    }

    /**
     * The items grouped by index letter, each group in name order, as {@code index(letter, items)} records.
     *
     * @param sortText what an item sorts by: its sort name, or its name
     */
    static <T, I> List<I> of(List<T> items, Function<T, String> sortText, BiFunction<String, List<T>, I> index) {
        Map<String, List<Keyed<T>>> groups = new TreeMap<>(INDEX_ORDER);
        for (T item : items) {
            String key = sortKey(sortText.apply(item));
            groups.computeIfAbsent(letter(key), k -> new ArrayList<>()).add(new Keyed<>(key, item));
        }
        Map<String, List<T>> sorted = new LinkedHashMap<>();
        groups.forEach((letter, keyed) -> sorted.put(letter,
                keyed.stream().sorted(Comparator.comparing(Keyed::key)).map(Keyed::item).toList()));
        return sorted.entrySet().stream().map(e -> index.apply(e.getKey(), e.getValue())).toList();
    }

    private record Keyed<T>(String key, T item) {
    }

    /** Folded for case and accents, without a leading article. */
    static String sortKey(String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        int space = folded.indexOf(' ');
        if (space > 0 && space < folded.length() - 1 && ARTICLES.contains(folded.substring(0, space))) {
            return folded.substring(space + 1).strip();
        }
        return folded;
    }

    private static String letter(String key) {
        if (key.isEmpty()) {
            return OTHER;
        }
        int first = key.codePointAt(0);
        return Character.isLetter(first) ? new String(Character.toChars(first)).toUpperCase(Locale.ROOT) : OTHER;
    }
}
