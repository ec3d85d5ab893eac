package dev.fidelio.testmusic;

/**
 * A deliberately unreadable file. Which of the optional fields are set depends on the defect:
 * {@code source} (a track path) for TRUNCATED and CORRUPT_STREAMINFO, {@code keepFraction} for TRUNCATED,
 * {@code lengthBytes} for GARBAGE, {@code seed} for GARBAGE and CORRUPT_STREAMINFO.
 */
public record BrokenFile(
        String path,
        Defect defect,
        String description,
        String source,
        Double keepFraction,
        Integer lengthBytes,
        Long seed) {

    public BrokenFile {
        boolean complete = switch (defect) {
            case EMPTY -> true;
            case TRUNCATED -> source != null && keepFraction != null && keepFraction > 0 && keepFraction < 1;
            case GARBAGE -> lengthBytes != null && seed != null;
            case CORRUPT_STREAMINFO -> source != null && seed != null;
        };
        if (!complete) {
            throw new IllegalArgumentException(path + ": missing or invalid fields for a " + defect + " file");
        }
    }

    public enum Defect {
        /** Zero bytes. */
        EMPTY,
        /** The first {@code keepFraction} of the source FLAC, cut inside an audio frame. */
        TRUNCATED,
        /** {@code lengthBytes} pseudo-random bytes from {@code java.util.Random(seed)}. */
        GARBAGE,
        /** The source FLAC with its 34 STREAMINFO bytes replaced by pseudo-random bytes from {@code java.util.Random(seed)}. */
        CORRUPT_STREAMINFO
    }
}
