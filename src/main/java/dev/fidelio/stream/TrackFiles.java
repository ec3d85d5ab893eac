package dev.fidelio.stream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.library.AudioFormat;
import dev.fidelio.library.Track;
import dev.fidelio.web.ApiException;

/**
 * From a track id to its file. Only ids reach this class, never paths: the file is the one the indexer found, inside
 * its music folder.
 */
@ApplicationScoped
public class TrackFiles {

    /** The track's file, or a 404 that says whether the track or its file is missing. */
    public OriginalFile require(UUID trackId) {
        Located located = locate(trackId).orElseThrow(() -> ApiException.notFound("No track with id " + trackId));
        return file(trackId, located.root(), located.relativePath(), located.format(), located.trackGain(), located.albumGain())
                .orElseThrow(() -> unavailable(trackId));
    }

    /** The file of a track the caller has already looked up, when it can be read now. */
    public Optional<OriginalFile> file(UUID trackId, Path musicFolder, String relativePath, String format, Double trackGain,
            Double albumGain) {
        Path root = musicFolder.toAbsolutePath().normalize();
        Path file = root.resolve(relativePath).normalize();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!file.startsWith(root) || !attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new OriginalFile(trackId, file, attributes.size(), attributes.lastModifiedTime().toInstant(),
                    AudioFormat.fromId(format), trackGain, albumGain));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static ApiException unavailable(UUID trackId) {
        return ApiException.notFound("The file of track " + trackId + " cannot be read now: its music folder may be offline, "
                + "or the file was moved or deleted since the last scan");
    }

    private record Located(Path root, String relativePath, String format, Double trackGain, Double albumGain) {
    }

    @Transactional
    Optional<Located> locate(UUID trackId) {
        return Track.<Track>find("FROM Track t JOIN FETCH t.folder WHERE t.id = ?1", trackId).firstResultOptional()
                .map(t -> new Located(Path.of(t.folder.path), t.relativePath, t.format, t.rgTrackGain, t.rgAlbumGain));
    }
}
