package dev.fidelio.testmusic;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sample library as data: every album, track, tag, signal and broken file the generator writes.
 * Tests read it to know exactly what each generated file contains.
 */
public record Manifest(int version, List<Album> albums, List<BrokenFile> brokenFiles) {

    /** Classpath resource (Maven copies test-music/ into the test resources) and the same path from the project root. */
    public static final String RESOURCE = "test-music/manifest.json";
    /** The layout of manifest.json this code reads; not to be confused with {@link SampleLibraryGenerator#VERSION}. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            // Single tag values are written as plain strings; multi-valued tags as arrays.
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    public Manifest {
        if (version != FORMAT_VERSION) {
            throw new IllegalArgumentException(RESOURCE + " has format version " + version + ", expected " + FORMAT_VERSION);
        }
        albums = List.copyOf(albums);
        brokenFiles = brokenFiles == null ? List.of() : List.copyOf(brokenFiles);
    }

    public static Manifest load() {
        return parse(readBytes());
    }

    public static Manifest parse(byte[] json) {
        try {
            return MAPPER.readValue(json, Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Invalid " + RESOURCE, e);
        }
    }

    /** The raw manifest bytes; the generator hashes them to decide whether a generated library is stale. */
    public static byte[] readBytes() {
        try (InputStream in = Manifest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return in.readAllBytes();
            }
            Path file = Path.of(RESOURCE);
            if (Files.isRegularFile(file)) {
                return Files.readAllBytes(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException(RESOURCE + " is neither on the classpath nor in " + Path.of("").toAbsolutePath());
    }

    public List<Track> tracks() {
        return albums.stream().flatMap(album -> album.tracks().stream()).toList();
    }

    public Set<String> albumArtists() {
        Set<String> artists = new LinkedHashSet<>();
        albums.forEach(album -> artists.add(album.albumArtist()));
        return artists;
    }

    public Track track(String path) {
        return tracks().stream()
                .filter(track -> track.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No track " + path + " in the manifest"));
    }
}
