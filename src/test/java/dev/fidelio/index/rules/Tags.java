package dev.fidelio.index.rules;

import dev.fidelio.index.probe.RawTags;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test helpers: raw tags from key/value pairs, and the shipped rules. */
final class Tags {

    private static TagRules shipped;

    private Tags() {
    }

    /** {@code of("ARTIST", "A", "ARTIST", "B")}: a repeated key gets several values, in order. */
    static RawTags of(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must pair up");
        }
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            tags.computeIfAbsent(keysAndValues[i], k -> new ArrayList<>()).add(keysAndValues[i + 1]);
        }
        return new RawTags(tags);
    }

    static RawTags of(Map<String, List<String>> tags) {
        return new RawTags(tags);
    }

    /** The rules in /work/main/tag-rules; tests run in the project folder. */
    static synchronized TagRules shipped() {
        if (shipped == null) {
            try {
                shipped = TagRules.load(Path.of(TagRules.SHIPPED_FOLDER), Optional.empty());
            } catch (TagRulesException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return shipped;
    }

    static TrackTags map(String... keysAndValues) {
        return shipped().mapper().map(of(keysAndValues));
    }

    /** Rules from one in-memory file named "test.rules". */
    static TagRules rules(String... lines) throws TagRulesException {
        return TagRules.fromSources(List.of(new RuleSource("test.rules", String.join("\n", lines))));
    }

    static List<String> names(TrackTags tags, CreditRole role) {
        return tags.credits(role).stream().map(Credit::name).toList();
    }
}
