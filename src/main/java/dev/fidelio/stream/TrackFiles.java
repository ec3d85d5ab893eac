package dev.fidelio.stream;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.AudioFormat;
import dev.fidelio.library.Track;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.web.ApiException;

/**
 * From a track id to its file. Only ids reach this class, never paths: the file is the one the indexer found, inside
 * its music folder.
 */
@ApplicationScoped
public class TrackFiles {

    /**
     * The track's file, or a 404 that says whether the track or its file is missing. A track outside the caller's
     * libraries is reported as no track at all, so its existence does not leak.
     */
    public OriginalFile require(UUID trackId, VisibleLibraries visible) {
        Located located = locate(trackId).filter(l -> visible.allows(l.musicFolderId()))
                .orElseThrow(() -> ApiException.notFound("No track with id " + trackId));
        return file(trackId, Path.of(located.root()), located.relativePath(), located.format(), located.trackGain(),
                located.albumGain()).orElseThrow(() -> unavailable(trackId));
    }

    /** The file of a track the caller has already looked up, when it can be read now. */
    public Optional<OriginalFile> file(UUID trackId, Path musicFolder, String relativePath, String format, Double trackGain,
            Double albumGain) {
        return LibraryFile.find(musicFolder, relativePath).map(file -> new OriginalFile(trackId, file.path(), file.size(),
                file.modified(), AudioFormat.fromId(format), trackGain, albumGain));
    }

    private static ApiException unavailable(UUID trackId) {
        return ApiException.notFound("The file of track " + trackId + " cannot be read now: its music folder may be offline, "
                + "or the file was moved or deleted since the last scan");
    }

    /** What serving needs of a track: read by a projection, since the entity carries every raw tag. */
    private record Located(long musicFolderId, String root, String relativePath, String format, Double trackGain, Double albumGain) {
    }

    /** Read without a transaction: it is one statement on every request for audio. */
    Optional<Located> locate(UUID trackId) {
        return Track.getEntityManager().createQuery("SELECT t.folder.id, t.folder.path, t.relativePath, t.format, t.rgTrackGain, t.rgAlbumGain "
                + "FROM Track t WHERE t.id = ?1", Object[].class).setParameter(1, trackId).getResultStream().findFirst()
                .map(r -> new Located((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Double) r[4], (Double) r[5]));
    }
}
