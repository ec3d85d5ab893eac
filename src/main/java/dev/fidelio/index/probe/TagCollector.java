package dev.fidelio.index.probe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers the raw tags and pictures of one file, in file order, within fixed bounds: a value longer than
 * {@link #MAX_VALUE_BYTES} is dropped rather than kept cut in the middle, and past {@value #MAX_VALUES} values or
 * {@value #MAX_PICTURES} pictures the rest is ignored. Keys that differ only in case are merged under the first
 * spelling met, since Vorbis comment and APE keys are case-insensitive and {@link RawTags} looks them up so.
 * Picture bytes are read only by a collector {@link #keepingCover() keeping the cover}, and only the cover's.
 */
final class TagCollector {

    /** Readers compare encoded lengths against this before reading a value at all. */
    static final int MAX_VALUE_BYTES = 1 << 20;
    private static final int MAX_VALUES = 100_000;
    private static final int MAX_PICTURES = 100;

    private final Map<String, List<String>> tags = new LinkedHashMap<>();
    private final Map<String, String> spellings = new HashMap<>();
    private final List<EmbeddedPicture> pictures = new ArrayList<>();
    private final boolean keepsCover;
    private ExtractedPicture cover;
    private int values;

    /** Where a reader can fetch a picture's image, should it be wanted. */
    @FunctionalInterface
    interface ImageBytes {
        byte[] read() throws UnreadableFileException;
    }

    TagCollector() {
        this(false);
    }

    private TagCollector(boolean keepsCover) {
        this.keepsCover = keepsCover;
    }

    /** A collector that also reads the image of the picture standing for the file's cover. */
    static TagCollector keepingCover() {
        return new TagCollector(true);
    }

    void add(String key, String value) {
        if (key.isEmpty() || value.length() > MAX_VALUE_BYTES || values >= MAX_VALUES) {
            return;
        }
        String spelling = spellings.computeIfAbsent(key.toUpperCase(Locale.ROOT), upper -> key);
        tags.computeIfAbsent(spelling, k -> new ArrayList<>()).add(value);
        values++;
    }

    void addPicture(EmbeddedPicture picture, ImageBytes image) throws UnreadableFileException {
        if (pictures.size() >= MAX_PICTURES) {
            return;
        }
        pictures.add(picture);
        if (keepsCover && picture.replacesAsCover(cover == null ? null : cover.picture())) {
            cover = new ExtractedPicture(picture, image.read());
        }
    }

    Optional<ExtractedPicture> cover() {
        return Optional.ofNullable(cover);
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
