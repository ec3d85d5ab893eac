package dev.fidelio.index.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Interprets the statements of the rule files, layer by layer, into {@link TagRules}. Every problem is collected
 * with its file and line, and all are reported together.
 */
final class RuleSetBuilder {

    private interface Statement {
        void apply(RuleLine line) throws RuleText.Invalid;
    }

    private record YearRange(int min, int max) {
    }

    private static final String SINGLETON = "";

    private final Problems problems = new Problems();
    private final Map<String, Statement> statements = new LinkedHashMap<>();
    private final Map<String, Definitions<?>> removable = new LinkedHashMap<>();

    private final Definitions<List<SourceKey>> fields = removable("field", RuleSetBuilder::lower);
    private final Definitions<String> separators = removable("separator", RuleSetBuilder::lower);
    private final Definitions<String> featuring = removable("featuring", RuleSetBuilder::lower);
    private final Definitions<String> noSplit = removable("no-split", RuleSetBuilder::lower);
    private final Definitions<String> articles = removable("article", RuleSetBuilder::lower);
    private final Definitions<String> variousAliases = removable("various-alias", Folding::fold);
    private final Definitions<GenreNormalizer.Genre> genres = removable("genre", Folding::fold);
    private final Definitions<String> genreSeparators = removable("genre-separator", RuleSetBuilder::lower);
    private final Definitions<GenreNormalizer.Code> genreCodes = removable("genre-code", RuleSetBuilder::codeIdentity);
    private final Definitions<NamedPattern> movementPatterns = removable("movement-pattern", RuleSetBuilder::lower);
    private final Definitions<NamedPattern> cataloguePatterns = removable("catalogue-pattern", RuleSetBuilder::lower);
    private final Definitions<NamedPattern> datePatterns = removable("date-pattern", RuleSetBuilder::lower);
    private final Definitions<Integer> maxLengths = removable("max-length", RuleSetBuilder::lower);
    private final Definitions<String> variousName = new Definitions<>("various-artists", name -> SINGLETON);
    private final Definitions<Integer> maxValues = new Definitions<>("max-values", name -> SINGLETON);
    private final Definitions<Integer> maxNumber = new Definitions<>("max-number", name -> SINGLETON);
    private final Definitions<YearRange> yearRange = new Definitions<>("year-range", name -> SINGLETON);

    RuleSetBuilder() {
        statements.put("field", this::field);
        statements.put("separator", line -> items(line, separators));
        statements.put("featuring", line -> items(line, featuring));
        statements.put("no-split", line -> items(line, noSplit));
        statements.put("article", line -> items(line, articles));
        statements.put("various-artists", line -> variousName.define(SINGLETON, RuleText.single(line.argument(), "various-artists"), line));
        statements.put("various-alias", line -> items(line, variousAliases));
        statements.put("genre", this::genre);
        statements.put("genre-separator", line -> items(line, genreSeparators));
        statements.put("genre-code", this::genreCode);
        statements.put("movement-pattern", line -> pattern(line, movementPatterns, List.of("work", "number", "name"), List.of("number", "name")));
        statements.put("catalogue-pattern", line -> pattern(line, cataloguePatterns, List.of("catalogue"), List.of()));
        statements.put("date-pattern", line -> pattern(line, datePatterns, List.of("year", "month", "day"), List.of("year")));
        statements.put("max-length", this::maxLength);
        statements.put("max-values", line -> maxValues.define(SINGLETON, number(line, "max-values <count>"), line));
        statements.put("max-number", line -> maxNumber.define(SINGLETON, number(line, "max-number <largest>"), line));
        statements.put("year-range", this::yearRange);
        statements.put("remove", this::remove);
    }

    void add(List<RuleSource> sources, int layer) {
        for (RuleSource source : sources) {
            RuleLines.read(source, layer, problems).forEach(this::apply);
        }
    }

    TagRules build() throws TagRulesException {
        if (variousName.values().isEmpty()) {
            variousAliases.firstWhere().ifPresent(where ->
                    problems.add(where, "various-alias needs a 'various-artists <name>' statement for the name they become"));
        }
        problems.throwIfAny();

        Map<Field, List<SourceKey>> sources = new EnumMap<>(Field.class);
        Map<Field, Integer> lengths = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            fields.get(field.ruleName()).ifPresent(keys -> sources.put(field, keys));
            maxLengths.get(field.ruleName()).ifPresent(length -> lengths.put(field, length));
        }
        // Limits the rules leave unset are no limits.
        ValueCleaner cleaner = new ValueCleaner(lengths, maxLengths.get("*").orElse(Integer.MAX_VALUE),
                maxValues.get(SINGLETON).orElse(Integer.MAX_VALUE));
        int largestNumber = maxNumber.get(SINGLETON).orElse(Integer.MAX_VALUE);
        YearRange years = yearRange.get(SINGLETON).orElse(new YearRange(Integer.MIN_VALUE, Integer.MAX_VALUE));

        VariousArtists various = new VariousArtists(variousName.get(SINGLETON).orElse(null), variousAliases.values());
        List<String> markers = Stream.concat(separators.values().stream(), featuring.values().stream()).toList();
        return new TagRules(
                sources,
                cleaner,
                new ArtistSplitter(markers, noSplit.values(), various),
                new SortNames(articles.values()),
                various,
                new GenreNormalizer(genres.values(), genreCodes.values(), genreSeparators.values()),
                new DateNormalizer(datePatterns.values(), years.min(), years.max()),
                new WorkParser(movementPatterns.values(), cataloguePatterns.values(), largestNumber),
                largestNumber);
    }

    private void apply(RuleLine line) {
        Statement statement = statements.get(line.keyword().toLowerCase(Locale.ROOT));
        if (statement == null) {
            problems.add(line, "unknown statement '" + line.keyword() + "'"
                    + Suggestions.didYouMean(line.keyword(), statements.keySet()));
        } else if (line.argument().isEmpty()) {
            problems.add(line, "missing value after '" + line.keyword() + "'");
        } else {
            try {
                statement.apply(line);
            } catch (RuleText.Invalid e) {
                problems.add(line, e.getMessage());
            }
        }
    }

    private void field(RuleLine line) throws RuleText.Invalid {
        RuleText.Assignment assignment = RuleText.assignment(line.argument(), "field <name> = <key> | <key> ...");
        Field field = field(assignment.name());
        List<SourceKey> keys = new ArrayList<>();
        for (String item : RuleText.items(assignment.value())) {
            keys.add(SourceKey.parse(item));
        }
        if (assignment.append()) {
            fields.update(field.ruleName(), keys, old -> concat(old, keys), line);
        } else {
            fields.define(field.ruleName(), keys, line);
        }
    }

    private void items(RuleLine line, Definitions<String> definitions) throws RuleText.Invalid {
        for (String item : RuleText.items(line.argument())) {
            definitions.define(item, item, line);
        }
    }

    private void genre(RuleLine line) throws RuleText.Invalid {
        if (!line.argument().contains("=")) {
            String name = RuleText.single(line.argument(), "genre");
            genres.define(name, new GenreNormalizer.Genre(name, List.of()), line);
            return;
        }
        RuleText.Assignment assignment = RuleText.assignment(line.argument(), "genre <name> = <alias> | <alias> ...");
        String name = RuleText.single(assignment.name(), "genre");
        List<String> aliases = RuleText.items(assignment.value());
        GenreNormalizer.Genre genre = new GenreNormalizer.Genre(name, aliases);
        if (assignment.append()) {
            genres.update(name, genre, old -> new GenreNormalizer.Genre(old.name(), concat(old.aliases(), aliases)), line);
        } else {
            genres.define(name, genre, line);
        }
    }

    private void genreCode(RuleLine line) throws RuleText.Invalid {
        RuleText.Assignment assignment = RuleText.assignment(line.argument(), "genre-code <code> = <genre>");
        String code = assignment.name();
        if (assignment.append() || !code.matches("[A-Za-z0-9]+")) {
            throw new RuleText.Invalid("expected 'genre-code <code> = <genre>' with a code such as 32 or RX");
        }
        genreCodes.define(code, new GenreNormalizer.Code(codeIdentity(code).toUpperCase(Locale.ROOT),
                RuleText.single(assignment.value(), "genre-code")), line);
    }

    private void pattern(RuleLine line, Definitions<NamedPattern> definitions, List<String> groups,
                         List<String> needsOneOf) throws RuleText.Invalid {
        String keyword = definitions.statement();
        RuleText.Assignment assignment = RuleText.assignment(line.argument(), keyword + " <name> = <regular expression>");
        if (assignment.append()) {
            throw new RuleText.Invalid("'+=' does not apply to patterns; write '" + keyword + " <name> = <regular expression>'");
        }
        NamedPattern pattern;
        try {
            pattern = new NamedPattern(RuleText.patternName(assignment.name()), Pattern.compile(assignment.value()));
        } catch (PatternSyntaxException e) {
            throw new RuleText.Invalid("invalid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near index " + e.getIndex() : "") + " in '" + assignment.value() + "'");
        }
        for (String group : pattern.groupNames()) {
            if (!groups.contains(group)) {
                throw new RuleText.Invalid("unknown group '" + group + "'" + Suggestions.didYouMean(group, groups)
                        + "; " + keyword + " knows the groups " + String.join(", ", groups));
            }
        }
        if (!needsOneOf.isEmpty() && needsOneOf.stream().noneMatch(pattern::hasGroup)) {
            throw new RuleText.Invalid(keyword + " '" + pattern.name() + "' needs a group "
                    + needsOneOf.stream().map(g -> "(?<" + g + ">...)").collect(Collectors.joining(" or ")));
        }
        definitions.define(pattern.name(), pattern, line);
    }

    private void maxLength(RuleLine line) throws RuleText.Invalid {
        String[] words = RuleText.words(line.argument(), 2, "max-length <field or *> <characters>");
        String target = words[0].equals("*") ? "*" : field(words[0]).ruleName();
        maxLengths.define(target, RuleText.positiveNumber(words[1]), line);
    }

    private void yearRange(RuleLine line) throws RuleText.Invalid {
        String[] words = RuleText.words(line.argument(), 2, "year-range <first> <last>");
        int first = RuleText.positiveNumber(words[0]);
        int last = RuleText.positiveNumber(words[1]);
        if (first > last) {
            throw new RuleText.Invalid("year-range: " + first + " is after " + last);
        }
        yearRange.define(SINGLETON, new YearRange(first, last), line);
    }

    private static int number(RuleLine line, String form) throws RuleText.Invalid {
        return RuleText.positiveNumber(RuleText.words(line.argument(), 1, form)[0]);
    }

    /** {@code remove <statement> <what> | <what>}: takes away what an earlier file defined. */
    private void remove(RuleLine line) throws RuleText.Invalid {
        String[] parts = line.argument().split("\\s+", 2);
        String keyword = parts[0].toLowerCase(Locale.ROOT);
        Definitions<?> definitions = removable.get(keyword);
        if (definitions == null) {
            throw new RuleText.Invalid(statements.containsKey(keyword)
                    ? "'" + parts[0] + "' cannot be removed; set it to another value instead"
                    : "unknown statement '" + parts[0] + "'" + Suggestions.didYouMean(parts[0], removable.keySet()));
        }
        if (parts.length < 2 || parts[1].isBlank()) {
            throw new RuleText.Invalid("missing value: remove " + keyword + " <what>");
        }
        for (String item : RuleText.items(parts[1])) {
            definitions.remove(item);
        }
    }

    private static Field field(String name) throws RuleText.Invalid {
        return Field.byRuleName(name).orElseThrow(() -> new RuleText.Invalid(
                "unknown field '" + name + "'" + Suggestions.didYouMean(name, Field.ruleNames())));
    }

    private <T> Definitions<T> removable(String statement, UnaryOperator<String> identity) {
        Definitions<T> definitions = new Definitions<>(statement, identity);
        removable.put(statement, definitions);
        return definitions;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** "032" and "32" are the same ID3v1 code. */
    private static String codeIdentity(String code) {
        return lower(code).replaceFirst("^0+(?=\\d)", "");
    }
}
