package dev.fidelio.subsonic;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.library.Track;
import dev.fidelio.testsupport.Eventually;
import dev.fidelio.testsupport.TestFiles;

/** The sample library's tracks as the index holds them, once its scan has finished. */
@ApplicationScoped
public class SampleTracks {

    private final LibraryScanner scanner;

    SampleTracks(LibraryScanner scanner) {
        this.scanner = scanner;
    }

    @Transactional
    public List<Track> all() {
        Eventually.until("The library scan finishing", () -> scanner.current().isEmpty());
        return Track.list("folder.path = ?1 ORDER BY relativePath", TestFiles.sampleLibrary().toString());
    }

    public Track first(Predicate<Track> which) {
        return all().stream().filter(which).findFirst().orElseThrow();
    }

    @Transactional
    public UUID albumOf(Track track) {
        return Track.<Track>findById(track.id).album.id;
    }

    /** The first album artist of the track's album. */
    @Transactional
    public UUID albumArtistOf(Track track) {
        return Track.<Track>findById(track.id).album.artists.get(0).id;
    }

    public static Path file(Track track) {
        return TestFiles.sampleLibrary().resolve(track.relativePath);
    }
}
