package dev.fidelio.library;

import java.util.Set;
import java.util.UUID;

/**
 * What a listing keeps. Each part narrows the items to those with at least one track that meets it: an album is kept
 * when one of its tracks is lossless, an artist when they are credited on such a track. Empty sets and nulls keep
 * everything; {@code starred} keeps what the caller starred.
 *
 * @param role             artists only: those with this part on a shown track (album artist of its album, or credited)
 * @param artistId         albums of this album artist; tracks credited to this artist in any role
 * @param hiRes            tracks finer than CD: a rate of 88.2 kHz or more, or more than 16 bits
 * @param creditedArtistId tracks credited to this artist in any role (so: albums with such a track)
 */
public record ListFilter(Set<Long> libraryIds, Set<UUID> genreIds, Integer yearFrom, Integer yearTo, Set<String> formats,
        boolean losslessOnly, Integer minSampleRate, Integer minBitDepth, UUID composerId, boolean starred, ArtistRole role,
        UUID artistId, boolean hiRes, UUID creditedArtistId) {

    public static final ListFilter NONE = new ListFilter(Set.of(), Set.of(), null, null, Set.of(), false, null, null, null, false,
            null, null);

    /** The lowest rate and the depth above which a track is high resolution. */
    public static final int HI_RES_MIN_RATE = 88_200;
    public static final int CD_BITS = 16;

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

    public ListFilter(Set<Long> libraryIds, Set<UUID> genreIds, Integer yearFrom, Integer yearTo, Set<String> formats,
            boolean losslessOnly, Integer minSampleRate, Integer minBitDepth, UUID composerId, boolean starred, ArtistRole role,
            UUID artistId) {
        this(libraryIds, genreIds, yearFrom, yearTo, formats, losslessOnly, minSampleRate, minBitDepth, composerId, starred, role, artistId,
                false, null);
    }

    public ListFilter withRole(ArtistRole newRole) {
        return new ListFilter(libraryIds, genreIds, yearFrom, yearTo, formats, losslessOnly, minSampleRate, minBitDepth, composerId,
                starred, newRole, artistId, hiRes, creditedArtistId);
    }

    public ListFilter withGenre(UUID genreId) {
        return new ListFilter(libraryIds, Set.of(genreId), yearFrom, yearTo, formats, losslessOnly, minSampleRate, minBitDepth, composerId,
                starred, role, artistId, hiRes, creditedArtistId);
    }

    public ListFilter withComposer(UUID newComposerId) {
        return new ListFilter(libraryIds, genreIds, yearFrom, yearTo, formats, losslessOnly, minSampleRate, minBitDepth, newComposerId,
                starred, role, artistId, hiRes, creditedArtistId);
    }

    public ListFilter withAlbumArtist(UUID albumArtistId) {
        return new ListFilter(libraryIds, genreIds, yearFrom, yearTo, formats, losslessOnly, minSampleRate, minBitDepth, composerId,
                starred, role, albumArtistId, hiRes, creditedArtistId);
    }

    public ListFilter withCreditedArtist(UUID artist) {
        return new ListFilter(libraryIds, genreIds, yearFrom, yearTo, formats, losslessOnly, minSampleRate, minBitDepth, composerId,
                starred, role, artistId, hiRes, artist);
    }

    public ListFilter withHiRes() {
        return new ListFilter(libraryIds, genreIds, yearFrom, yearTo, formats, losslessOnly, minSampleRate, minBitDepth, composerId,
                starred, role, artistId, true, creditedArtistId);
    }

    /** Whether a track must meet something beyond being visible. */
    boolean narrowsTracks() {
        return !libraryIds.isEmpty() || !genreIds.isEmpty() || yearFrom != null || yearTo != null || !formats.isEmpty()
                || losslessOnly || minSampleRate != null || minBitDepth != null || composerId != null || hiRes || creditedArtistId != null;
    }
}
