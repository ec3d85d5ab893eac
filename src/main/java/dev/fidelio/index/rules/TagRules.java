package dev.fidelio.index.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tag rules: how raw tags become canonical fields, credits, genres, dates, works and movements. Loaded from the
 * rule files (see docs/tag-rules.md): the shipped defaults, then the user's folder, whose statements replace
 * defaults with the same identity. Immutable and thread-safe.
 */
public final class TagRules {

    /** The shipped defaults: this folder in the source tree, and on the classpath in the packaged server. */
    public static final String SHIPPED_FOLDER = "tag-rules";
    /** The setting naming the user's folder of rules that override or add to the shipped ones. */
    public static final String USER_FOLDER_SETTING = "FIDELIO_TAG_RULES";

    private final Map<Field, List<SourceKey>> sources;
    private final ValueCleaner cleaner;
    private final ArtistSplitter artistSplitter;
    private final SortNames sortNames;
    private final VariousArtists various;
    private final GenreNormalizer genres;
    private final DateNormalizer dates;
    private final WorkParser workParser;
    private final int maxNumber;

    TagRules(Map<Field, List<SourceKey>> sources, ValueCleaner cleaner, ArtistSplitter artistSplitter,
             SortNames sortNames, VariousArtists various, GenreNormalizer genres, DateNormalizer dates,
             WorkParser workParser, int maxNumber) {
        this.sources = Map.copyOf(sources);
        this.cleaner = cleaner;
        this.artistSplitter = artistSplitter;
        this.sortNames = sortNames;
        this.various = various;
        this.genres = genres;
        this.dates = dates;
        this.workParser = workParser;
        this.maxNumber = maxNumber;
    }

    /**
     * The rule files of {@code defaultsDir}, then those of {@code userDir}. A folder with an {@code index} file is
     * read in the order it lists; otherwise its {@code *.rules} files are read in name order.
     */
    public static TagRules load(Path defaultsDir, Optional<Path> userDir) throws TagRulesException {
        return fromSources(RuleFolder.read(defaultsDir), userSources(userDir));
    }

    /**
     * The shipped defaults from the classpath ({@code tag-rules/index} and the files it lists, which the build
     * copies into the jar), or from {@code ./tag-rules} when running from the source tree, then {@code userDir}.
     */
    public static TagRules load(Optional<Path> userDir) throws TagRulesException {
        Optional<List<RuleSource>> packaged = RuleFolder.readClasspath(TagRules.class.getClassLoader(), SHIPPED_FOLDER);
        List<RuleSource> defaults = packaged.isPresent() ? packaged.get() : RuleFolder.read(Path.of(SHIPPED_FOLDER));
        return fromSources(defaults, userSources(userDir));
    }

    /** Rules from text, for tests and tools: {@code defaults} first, then {@code overrides} replacing them. */
    public static TagRules fromSources(List<RuleSource> defaults, List<RuleSource> overrides) throws TagRulesException {
        RuleSetBuilder builder = new RuleSetBuilder();
        builder.add(defaults, 0);
        builder.add(overrides, 1);
        return builder.build();
    }

    public static TagRules fromSources(List<RuleSource> sources) throws TagRulesException {
        return fromSources(sources, List.of());
    }

    private static List<RuleSource> userSources(Optional<Path> userDir) throws TagRulesException {
        if (userDir.isPresent() && !Files.isDirectory(userDir.get())) {
            throw new TagRulesException(List.of(userDir.get() + ": " + USER_FOLDER_SETTING + " is not a folder"));
        }
        return userDir.isPresent() ? RuleFolder.read(userDir.get()) : List.of();
    }

    public TagMapper mapper() {
        return new TagMapper(this);
    }

    /** Whether the name is one of the spellings of "Various Artists" the rules list. */
    public boolean isVariousArtists(String name) {
        return various.isVarious(name);
    }

    /** The one name all "Various Artists" spellings become, or null when the rules name none. */
    public String variousArtistsName() {
        return various.canonical();
    }

    /** The name with a leading article moved to the end ("The Beatles" → "Beatles, The"), else the name. */
    public String sortName(String name) {
        return sortNames.sortName(name);
    }

    /** The artists one tag value names: "A feat. B; C" → [A, B, C]; "AC/DC" → [AC/DC]; "VA" → [Various Artists]. */
    public List<String> splitArtists(String value) {
        String cleaned = cleaner.clean(value, Field.ARTIST);
        return cleaned == null ? List.of() : artistSplitter.split(cleaned);
    }

    /** The canonical spelling of one genre ("hiphop" → "Hip-Hop", "Klassik" → "Classical"); null for no genre. */
    public String normalizeGenre(String genre) {
        String cleaned = cleaner.clean(genre, Field.GENRE);
        return cleaned == null ? null : genres.normalize(cleaned);
    }

    /** Every genre a tag value names: "Rock; Pop/Funk" → [Rock, Pop/Funk]; "(32)" → [Classical]. */
    public List<String> splitGenres(String value) {
        String cleaned = cleaner.clean(value, Field.GENRE);
        return cleaned == null ? List.of() : genres.genres(cleaned);
    }

    /** "21.03.1999" → "1999-03-21", "0000" → null, by the date patterns. */
    public String normalizeDate(String value) {
        String cleaned = cleaner.clean(value, Field.RELEASE_DATE);
        return cleaned == null ? null : dates.normalize(cleaned);
    }

    Map<Field, List<SourceKey>> sources() {
        return sources;
    }

    ValueCleaner cleaner() {
        return cleaner;
    }

    ArtistSplitter artistSplitter() {
        return artistSplitter;
    }

    SortNames sortNames() {
        return sortNames;
    }

    WorkParser workParser() {
        return workParser;
    }

    int maxNumber() {
        return maxNumber;
    }
}
