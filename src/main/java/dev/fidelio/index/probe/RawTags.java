package dev.fidelio.index.probe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every tag of a file as found: keys as the format spells them (Vorbis comment names, ID3 frame ids, MP4 atom
 * names, APE item keys), each with all its values in order. Lookups ignore case, as Vorbis comments require.
 */
public final class RawTags {

    private final Map<String, List<String>> byKey;
    private final Map<String, String> keyByUpperCase = new LinkedHashMap<>();

    public RawTags(Map<String, List<String>> tags) {
        this.byKey = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        tags.keySet().forEach(k -> keyByUpperCase.putIfAbsent(k.toUpperCase(Locale.ROOT), k));
    }

    public static RawTags empty() {
        return new RawTags(Map.of());
    }

    /** All values of a key (any case), or an empty list. */
    public List<String> values(String key) {
        String actual = keyByUpperCase.get(key.toUpperCase(Locale.ROOT));
        return actual == null ? List.of() : byKey.get(actual);
    }

    public Map<String, List<String>> asMap() {
        return byKey;
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }
}
