package dev.fidelio.index.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling per genre: names are compared folded (so "Hip Hop", "hip-hop" and "HipHop" are one), aliases map
 * other words to a genre ("Klassik" → "Classical"), ID3v1 codes ("(32)", "32") become names, and strings holding
 * several genres are split. A genre the rules do not know is kept as written.
 */
final class GenreNormalizer {

    record Genre(String name, List<String> aliases) {
    }

    record Code(String code, String name) {
    }

    /** ID3v2.3 writes codes in parentheses, optionally followed by a refinement: "(32)", "(4)(9)", "(32)Classical". */
    private static final Pattern PARENTHESIZED_CODES = Pattern.compile("^((?:\\([A-Za-z0-9]+\\))+)(.*)$");
    private static final Pattern CODE = Pattern.compile("\\(([A-Za-z0-9]+)\\)");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,3}$");

    private final Map<String, String> nameByFolded = new HashMap<>();
    private final Map<String, String> nameByCode = new HashMap<>();
    private final TextSplitter splitter;

    GenreNormalizer(List<Genre> genres, List<Code> codes, List<String> separators) {
        List<String> spellings = new ArrayList<>();
        for (Code code : codes) {
            nameByCode.put(code.code().toUpperCase(Locale.ROOT), code.name());
            nameByFolded.putIfAbsent(Folding.fold(code.name()), code.name());
            spellings.add(code.name());
        }
        // Declared genres win over the ID3v1 list's spelling of the same name.
        for (Genre genre : genres) {
            nameByFolded.put(Folding.fold(genre.name()), genre.name());
            genre.aliases().forEach(alias -> nameByFolded.put(Folding.fold(alias), genre.name()));
            spellings.add(genre.name());
            spellings.addAll(genre.aliases());
        }
        nameByFolded.remove("");
        List<String> containingSeparator = spellings.stream()
                .filter(s -> separators.stream().anyMatch(sep -> s.toLowerCase(Locale.ROOT).contains(sep.toLowerCase(Locale.ROOT))))
                .toList();
        this.splitter = new TextSplitter(separators, containingSeparator);
    }

    /** Every genre one tag value names, normalized, without repeats. */
    List<String> genres(String value) {
        Set<String> seen = new HashSet<>();
        List<String> genres = new ArrayList<>();
        for (String part : splitter.split(value)) {
            for (String decoded : decodeCodes(part)) {
                String genre = normalize(decoded);
                if (genre != null && seen.add(genre.toLowerCase(Locale.ROOT))) {
                    genres.add(genre);
                }
            }
        }
        return List.copyOf(genres);
    }

    /** The canonical spelling of one genre, the genre as written when unknown, null for punctuation only. */
    String normalize(String genre) {
        String folded = Folding.fold(genre);
        if (folded.isEmpty()) {
            return null;
        }
        return nameByFolded.getOrDefault(folded, genre.strip().replaceAll("\\s+", " "));
    }

    private List<String> decodeCodes(String value) {
        if (BARE_NUMBER.matcher(value).matches()) {
            String name = nameByCode.get(value.replaceFirst("^0+(?=\\d)", ""));
            return List.of(name != null ? name : value);
        }
        Matcher m = PARENTHESIZED_CODES.matcher(value);
        if (!m.matches()) {
            return List.of(value);
        }
        String refinement = m.group(2).strip();
        if (!refinement.isEmpty()) {
            return List.of(refinement);
        }
        List<String> names = new ArrayList<>();
        Matcher code = CODE.matcher(m.group(1));
        while (code.find()) {
            String name = nameByCode.get(code.group(1).toUpperCase(Locale.ROOT).replaceFirst("^0+(?=\\d)", ""));
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? List.of(value) : names;
    }
}
