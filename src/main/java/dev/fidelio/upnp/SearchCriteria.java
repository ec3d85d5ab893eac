package dev.fidelio.upnp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A ContentDirectory SearchCriteria, parsed: {@code *}, or comparisons ({@code =}, {@code !=}, {@code <} …,
 * {@code contains}, {@code doesNotContain}, {@code startsWith}, {@code derivedfrom}, {@code exists}) joined by
 * {@code and} (binding tighter) and {@code or}, with brackets. Text compares without regard to case or diacritics.
 * A property an object does not have matches nothing (and {@code exists false}), so the long ORs some control
 * points send over properties we do not keep cost nothing and fail nothing.
 */
sealed interface SearchCriteria {

    /** An object's properties by lower-case name, e.g. {@code dc:title}, {@code upnp:class}. */
    boolean test(Map<String, List<String>> properties);

    record All() implements SearchCriteria {
        public boolean test(Map<String, List<String>> properties) {
            return true;
        }
    }

    record And(SearchCriteria left, SearchCriteria right) implements SearchCriteria {
        public boolean test(Map<String, List<String>> properties) {
            return left.test(properties) && right.test(properties);
        }
    }

    record Or(SearchCriteria left, SearchCriteria right) implements SearchCriteria {
        public boolean test(Map<String, List<String>> properties) {
            return left.test(properties) || right.test(properties);
        }
    }

    record Exists(String property, boolean exists) implements SearchCriteria {
        public boolean test(Map<String, List<String>> properties) {
            return !properties.getOrDefault(property, List.of()).isEmpty() == exists;
        }
    }

    record Compare(String property, String operator, String value) implements SearchCriteria {
        public boolean test(Map<String, List<String>> properties) {
            List<String> values = properties.getOrDefault(property, List.of());
            String wanted = fold(value);
            return switch (operator) {
                case "doesnotcontain" -> !values.isEmpty() && values.stream().noneMatch(v -> fold(v).contains(wanted));
                case "!=" -> !values.isEmpty() && values.stream().noneMatch(v -> fold(v).equals(wanted));
                default -> values.stream().anyMatch(v -> matches(fold(v), wanted));
            };
        }

        private boolean matches(String actual, String wanted) {
            return switch (operator) {
                case "=" -> actual.equals(wanted);
                case "contains" -> actual.contains(wanted);
                case "startswith" -> actual.startsWith(wanted);
                // object.item.audioItem.musicTrack is derived from object.item.audioItem and from itself
                case "derivedfrom" -> actual.equals(wanted) || actual.startsWith(wanted + ".");
                case "<" -> actual.compareTo(wanted) < 0;
                case "<=" -> actual.compareTo(wanted) <= 0;
                case ">" -> actual.compareTo(wanted) > 0;
                case ">=" -> actual.compareTo(wanted) >= 0;
                default -> false;
            };
        }

        /** Whether this asks for text in a property (what the library's search can look for). */
        boolean looksForText() {
            return Set.of("=", "contains", "startswith").contains(operator) && !property.equals("upnp:class") && !value.isBlank();
        }
    }

    Pattern MARKS = Pattern.compile("\\p{M}+");

    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Whether an object of {@code upnpClass} can match at all, whatever its other properties. */
    default boolean mayMatchClass(String upnpClass) {
        if (this instanceof And a) {
            return a.left.mayMatchClass(upnpClass) && a.right.mayMatchClass(upnpClass);
        }
        if (this instanceof Or o) {
            return o.left.mayMatchClass(upnpClass) || o.right.mayMatchClass(upnpClass);
        }
        if (this instanceof Compare c && c.property.equals("upnp:class")) {
            return c.test(Map.of("upnp:class", List.of(upnpClass)));
        }
        return true;
    }

    /** The texts the criteria look for, to find candidates by; empty when they look for none. */
    default List<String> texts() {
        List<String> texts = new ArrayList<>();
        collect(this, texts);
        return texts.stream().distinct().toList();
    }

    private static void collect(SearchCriteria c, List<String> texts) {
        if (c instanceof And a) {
            collect(a.left, texts);
            collect(a.right, texts);
        } else if (c instanceof Or o) {
            collect(o.left, texts);
            collect(o.right, texts);
        } else if (c instanceof Compare compare && compare.looksForText()) {
            texts.add(compare.value.strip());
        }
    }

    /** Whether every object that matches must contain one of {@link #texts()} (so candidates found by them are all). */
    default boolean needsText() {
        if (this instanceof And a) {
            return a.left.needsText() || a.right.needsText();
        }
        if (this instanceof Or o) {
            return o.left.needsText() && o.right.needsText();
        }
        return this instanceof Compare c && c.looksForText();
    }

    static SearchCriteria parse(String text) {
        return new SearchCriteriaParser(text == null ? "" : text).parse();
    }
}
