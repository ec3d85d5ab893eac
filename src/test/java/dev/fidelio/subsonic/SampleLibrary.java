package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.ScanRuns;
import dev.fidelio.index.Scans;

/** The sample library as the snapshot account finds it through Subsonic: its albums, artists and songs by name. */
final class SampleLibrary {

    static final int ALBUMS = 10;
    static final int TRACKS = 54;

    private SampleLibrary() {
    }

    /** Once no scan runs, so that the library is as the sample's files say. */
    static void indexed(LibraryScanner scanner, ScanRuns runs) {
        Scans.awaitIdle(scanner, runs);
    }

    static String albumId(String title) {
        return idNamed(SnapshotAccount.call().set("type", "alphabeticalByName").set("size", "500").getJson("getAlbumList2")
                .path("albumList2").path("album"), "name", title);
    }

    static String artistId(String name) {
        List<JsonNode> artists = new ArrayList<>();
        SnapshotAccount.call().getJson("getArtists").path("artists").path("index").forEach(index -> index.path("artist").forEach(artists::add));
        return idNamed(artists, "name", name);
    }

    /** The song of this title on this album. */
    static String songId(String album, String title) {
        return idNamed(SnapshotAccount.call().set("id", albumId(album)).getJson("getAlbum").path("album").path("song"), "title", title);
    }

    /** Every song of the sample library, through an empty search3 in pages of {@code pageSize}. */
    static List<JsonNode> allSongs(SubsonicCall call, int pageSize) {
        List<JsonNode> songs = new ArrayList<>();
        for (int offset = 0;; offset += pageSize) {
            JsonNode page = call.set("query", "").set("artistCount", "0").set("albumCount", "0").set("songCount", Integer.toString(pageSize))
                    .set("songOffset", Integer.toString(offset)).getJson("search3");
            assertThat(page.path("status").asText()).as(page.toString()).isEqualTo("ok");
            JsonNode found = page.path("searchResult3").path("song");
            found.forEach(songs::add);
            if (found.size() < pageSize) {
                return songs;
            }
        }
    }

    private static String idNamed(Iterable<JsonNode> items, String field, String name) {
        for (JsonNode item : items) {
            if (item.path(field).asText().equals(name)) {
                return item.path("id").asText();
            }
        }
        throw new AssertionError("Nothing with " + field + " '" + name + "' among " + items);
    }
}
