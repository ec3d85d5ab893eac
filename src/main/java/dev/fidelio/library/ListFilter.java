package dev.fidelio.library;

import java.util.Set;
import java.util.UUID;

/**
 * What a listing keeps. Each part narrows the items to those with at least one track that meets it: an album is kept
 * when one of its tracks is lossless, an artist when they are credited on such a track. Empty sets and nulls keep
 * everything; {@code starred} keeps what the caller starred.
 *
 * @param role     artists only: those with this part on a shown track (album artist of its album, or credited)
 * @param artistId albums of this album artist; tracks credited to this artist in any role
 */
public record ListFilter(Set<Long> libraryIds, Set<UUID> genreIds, Integer yearFrom, Integer yearTo, Set<String> formats,
        boolean losslessOnly, Integer minSampleRate, Integer minBitDepth, UUID composerId, boolean starred, ArtistRole role,
        UUID artistId) {

    public static final ListFilter NONE = new ListFilter(Set.of(), Set.of(), null, null, Set.of(), false, null, null, null, false,
            null, null);

    public ListFilter {
        libraryIds = libraryIds == null ? Set.of() : Set.copyOf(libraryIds);
        genreIds = genreIds == null ? Set.of() : Set.copyOf(genreIds);
        formats = formats == null ? Set.of() : Set.copyOf(formats);
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new IllegalArgumentException("The year range is empty: " + yearFrom + " is after " + yearTo);
        }
        for (String format : formats) {
            AudioFormat.fromId(format);
        }
    }

    public ListFilter withRole(ArtistRole newRole) {
        return new ListFilter(libraryIds, genreIds, yearFrom, yearTo, formats, losslessOnly, minSampleRate, minBitDepth, composerId,
                starred, newRole, artistId);
    }

    /** Whether a track must meet something beyond being visible. */
    boolean narrowsTracks() {
        return !libraryIds.isEmpty() || !genreIds.isEmpty() || yearFrom != null || yearTo != null || !formats.isEmpty()
                || losslessOnly || minSampleRate != null || minBitDepth != null || composerId != null;
    }
}
