package dev.fidelio.index.probe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gathers the raw tags and pictures of one file, in file order, within fixed bounds: a value longer than
 * {@link #MAX_VALUE_BYTES} is dropped rather than kept cut in the middle, and past {@value #MAX_VALUES} values or
 * {@value #MAX_PICTURES} pictures the rest is ignored. Keys that differ only in case are merged under the first
 * spelling met, since Vorbis comment and APE keys are case-insensitive and {@link RawTags} looks them up so.
 */
final class TagCollector {

    /** Readers compare encoded lengths against this before reading a value at all. */
    static final int MAX_VALUE_BYTES = 1 << 20;
    private static final int MAX_VALUES = 100_000;
    private static final int MAX_PICTURES = 100;

    private final Map<String, List<String>> tags = new LinkedHashMap<>();
    private final Map<String, String> spellings = new HashMap<>();
    private final List<EmbeddedPicture> pictures = new ArrayList<>();
    private int values;

    void add(String key, String value) {
        if (key.isEmpty() || value.length() > MAX_VALUE_BYTES || values >= MAX_VALUES) {
            return;
        }
        String spelling = spellings.computeIfAbsent(key.toUpperCase(Locale.ROOT), upper -> key);
        tags.computeIfAbsent(spelling, k -> new ArrayList<>()).add(value);
        values++;
    }

    void addPicture(EmbeddedPicture picture) {
        if (pictures.size() < MAX_PICTURES) {
            pictures.add(picture);
        }
    }

    boolean hasTags() {
        return !tags.isEmpty();
    }

    ProbedFile probed(AudioProperties audio) {
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        tags.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
        return new ProbedFile(audio, new RawTags(frozen), List.copyOf(pictures));
    }
}
