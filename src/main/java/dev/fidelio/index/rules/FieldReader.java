package dev.fidelio.index.rules;

import dev.fidelio.index.probe.RawTags;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads the canonical fields of one file's raw tags through the rules' sources, in priority order. */
final class FieldReader {

    private final RawTags tags;
    private final Map<Field, List<SourceKey>> sources;
    private final ValueCleaner cleaner;

    FieldReader(RawTags tags, Map<Field, List<SourceKey>> sources, ValueCleaner cleaner) {
        this.tags = tags;
        this.sources = sources;
        this.cleaner = cleaner;
    }

    /**
     * Every value of the first source that has any. Sources are alternatives (the same artist list as Vorbis
     * ARTIST or ID3 TPE1), so merging them would only repeat it.
     */
    List<SourceValue> values(Field field) {
        for (SourceKey source : sources.getOrDefault(field, List.of())) {
            List<SourceValue> values = source.read(tags, cleaner, field);
            if (!values.isEmpty()) {
                return values;
            }
        }
        return List.of();
    }

    /** The first value, over all sources in priority order, that parses; so "0000" in DATE lets TDRC speak. */
    <T> T first(Field field, Function<String, T> parse) {
        for (SourceKey source : sources.getOrDefault(field, List.of())) {
            for (SourceValue value : source.read(tags, cleaner, field)) {
                T parsed = parse.apply(value.text());
                if (parsed != null) {
                    return parsed;
                }
            }
        }
        return null;
    }

    String text(Field field) {
        return first(field, Function.identity());
    }
}
