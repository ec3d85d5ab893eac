package dev.fidelio.library;

import java.util.List;
import java.util.UUID;

/**
 * A work as recorded on one album: its movements' tracks in movement order, and who performed it, as credited on
 * those tracks.
 */
public record Performance(UUID workId, UUID albumId, List<UUID> trackIds, List<ArtistItem> conductors, List<ArtistItem> ensembles,
        List<Credit> soloists) {
}
