package dev.fidelio.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;

/** Every filter and every order of the listings, on the sample library. */
@QuarkusTest
class FilterAndSortTest extends GraphQLTestSupport {

    private static final String ALBUMS = "query($f: ListFilter, $s: SortKey, $d: Boolean) { albums(first: 100, filter: $f, sort: $s, descending: $d) "
            + "{ totalCount nodes { id title year addedAt } } }";

    @Test
    void eachFilterKeepsTheAlbumsWithAMatchingTrack() {
        String classical = genreId("Classical");
        assertThat(albumTitles(Map.of("genres", List.of(classical)))).containsExactlyInAnyOrder("Dvořák: Symphony No. 9 · Smetana: Vltava",
                "Dvořák: Symphony No. 9 · Cello Concerto");
        assertThat(albumTitles(Map.of("yearFrom", 2020, "yearTo", 2022))).containsExactlyInAnyOrder("Northern Tapes",
                "Harbour Lights: A Driftwood Records Sampler", "Dvořák: Symphony No. 9 · Cello Concerto");
        assertThat(albumTitles(Map.of("formats", List.of("wav")))).containsExactly("Hvísl");
        assertThat(albumTitles(Map.of("formats", List.of("aiff", "WAV")))).containsExactlyInAnyOrder("Hvísl", "坂本龍一へのオマージュ");
        assertThat(albumTitles(Map.of("minSampleRate", 96_000))).containsExactlyInAnyOrder("Jökulsárlón", "Dvořák: Symphony No. 9 · Cello Concerto");
        assertThat(albumTitles(Map.of("minBitDepth", 24))).containsExactlyInAnyOrder("Jökulsárlón", "Dvořák: Symphony No. 9 · Cello Concerto", "Hvísl");
        assertThat(albumTitles(Map.of("losslessOnly", true))).hasSize(10);
        assertThat(albumTitles(Map.of("artist", artistId("Mira Solberg")))).containsExactly("Northern Tapes");
        String dvorak = artistId("Antonín Dvořák");
        assertThat(albumTitles(Map.of("composer", dvorak))).containsExactlyInAnyOrder("Dvořák: Symphony No. 9 · Smetana: Vltava",
                "Dvořák: Symphony No. 9 · Cello Concerto");
        assertThat(admin.data("query($f: ListFilter) { works(first: 50, filter: $f) { nodes { composer { name } } } }", "f",
                filter(Map.of("composer", dvorak))).getList("works.nodes.composer.name")).isNotEmpty().containsOnly("Antonín Dvořák");
        assertThat(admin.data("query($f: ListFilter) { tracks(first: 100, filter: $f) { totalCount } }", "f",
                filter(Map.of("minSampleRate", 192_000))).getInt("tracks.totalCount")).isEqualTo(4);
        assertThat(admin.data("query($f: ListFilter) { tracks(first: 100, filter: $f) { nodes { title } } }", "f",
                filter(Map.of("artist", artistId("Jonas Reyes")))).getList("tracks.nodes.title")).containsExactly("Glass Coast");
        assertThat(admin.data("query($f: ListFilter) { genres(first: 100, filter: $f) { nodes { name } } }", "f",
                filter(Map.of("minBitDepth", 24))).getList("genres.nodes.name")).containsExactlyInAnyOrder("Classical", "Electronic");
    }

    @Test
    void artistsAreListedByRole() {
        assertThat(artistNames("CONDUCTOR")).containsExactlyInAnyOrder("Tomáš Hrubý", "Margarethe Lindqvist");
        assertThat(artistNames("COMPOSER")).containsExactlyInAnyOrder("Antonín Dvořák", "Bedřich Smetana");
        assertThat(artistNames("ENSEMBLE")).containsExactlyInAnyOrder("Prague Riverside Philharmonic", "Hanseatic Symphony Orchestra");
        assertThat(artistNames("PERFORMER")).contains("Elena Varga");
        assertThat(artistNames("ALBUM_ARTIST")).contains("Mira Solberg", "夜明けトリオ").doesNotContain("Jonas Reyes", "Antonín Dvořák");
        assertThat(artistNames("ARTIST")).contains("Jonas Reyes", "Mira Solberg").doesNotContain("Antonín Dvořák");
    }

    @Test
    void starredKeepsWhatTheCallerStarredOnly() {
        GraphQL listener = newListener();
        String album = albumId("Small Hours");
        listener.data("mutation($id: ID!) { star(id: $id) { starred } }", "id", album);
        assertThat(listener.data(ALBUMS, "f", filter(Map.of("starred", true))).getList("albums.nodes.title")).containsExactly("Small Hours");
        assertThat(admin.data(ALBUMS, "f", filter(Map.of("starred", true))).getList("albums.nodes.title")).as("stars are per user")
                .doesNotContain("Small Hours");
    }

    @Test
    void albumsSortByNameYearAndAddedBothWays() {
        List<Map<String, Object>> byName = albums("NAME", null);
        List<String> asciiTitles = byName.stream().map(a -> (String) a.get("title")).filter(t -> t.chars().allMatch(c -> c < 128)).toList();
        assertThat(asciiTitles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).hasSizeGreaterThan(4);
        List<String> reversed = new ArrayList<>(albums("NAME", true).stream().map(a -> (String) a.get("title")).toList());
        java.util.Collections.reverse(reversed);
        assertThat(reversed).isEqualTo(byName.stream().map(a -> a.get("title")).toList());

        assertThat(albums("YEAR", null).stream().map(a -> (Integer) a.get("year")).toList()).isSorted();
        assertThat(albums("YEAR", true).stream().map(a -> (Integer) a.get("year")).toList()).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(albums("ADDED", null).stream().map(a -> Instant.parse((String) a.get("addedAt"))).toList()).as("newest first by default")
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(albums("SORT_NAME", null)).hasSize(10);

        List<Map<String, String>> artists = admin.data("query($f: ListFilter) { artists(first: 100, sort: SORT_NAME, filter: $f) { nodes { sortName } } }",
                "f", sampleOnly()).getList("artists.nodes");
        assertThat(artists.stream().map(a -> a.get("sortName")).filter(t -> t.chars().allMatch(c -> c < 128)).toList())
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(admin.data("query($f: ListFilter) { works(first: 100, sort: ADDED, filter: $f) { nodes { title } } }", "f", sampleOnly())
                .getList("works.nodes")).isNotEmpty();
        assertThat(admin.data("query($f: ListFilter) { genres(first: 100, sort: RANDOM, filter: $f) { nodes { name } } }", "f", sampleOnly())
                .getList("genres.nodes")).hasSameSizeAs(admin.data("query($f: ListFilter) { genres(first: 100, filter: $f) { nodes { name } } }",
                        "f", sampleOnly()).getList("genres.nodes"));
    }

    @Test
    void playCountsOrderTheCallersMostPlayed() {
        GraphQL listener = newListener();
        List<String> tracks = admin.data("query($id: ID!) { album(id: $id) { tracks { id } } }", "id", albumId("Hvísl")).getList("album.tracks.id");
        String often = tracks.get(2);
        String once = tracks.get(0);
        for (int i = 0; i < 3; i++) {
            listener.data("mutation($id: ID!) { recordPlay(trackId: $id) { playCount } }", "id", often);
        }
        assertThat(listener.data("mutation($id: ID!, $at: DateTime) { recordPlay(trackId: $id, playedAt: $at) { playCount lastPlayedAt } }",
                "id", once, "at", "2026-01-02T03:04:05Z").getString("recordPlay.lastPlayedAt")).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(listener.data("{ mostPlayedTracks(first: 2) { nodes { id userData { playCount } } } }").getList("mostPlayedTracks.nodes.id"))
                .containsExactly(often, once);
        assertThat(listener.data("{ mostPlayedAlbums(first: 1) { nodes { title userData { playCount } } } }")
                .getString("mostPlayedAlbums.nodes[0].title")).isEqualTo("Hvísl");
        assertThat(listener.data("query($f: ListFilter) { tracks(first: 2, sort: PLAY_COUNT, filter: $f) { nodes { id } } }", "f", sampleOnly())
                .getList("tracks.nodes.id")).containsExactly(often, once);
        assertThat(listener.data("{ artists(first: 1, sort: PLAY_COUNT) { nodes { name } } }").getString("artists.nodes[0].name"))
                .isEqualTo("Björk Sigurdóttir");
    }

    @Test
    void recentlyAddedComesNewestFirst() {
        List<String> recent = admin.data("query($f: ListFilter) { recentlyAddedAlbums(first: 100, filter: $f) { nodes { addedAt } } }", "f",
                sampleOnly()).getList("recentlyAddedAlbums.nodes.addedAt");
        assertThat(recent.stream().map(Instant::parse).toList()).hasSize(10).isSortedAccordingTo(Comparator.reverseOrder());
        List<String> tracks = admin.data("query($f: ListFilter) { recentlyAddedTracks(first: 100, filter: $f) { nodes { addedAt } } }", "f",
                sampleOnly()).getList("recentlyAddedTracks.nodes.addedAt");
        assertThat(tracks.stream().map(Instant::parse).toList()).isSortedAccordingTo(Comparator.reverseOrder());
    }

    private GraphQL newListener() {
        String name = "listener-" + UUID.randomUUID();
        Api.createUser(name, "a long enough password", "user");
        return GraphQL.as(Api.token(name, "a long enough password"));
    }

    private List<Map<String, Object>> albums(String sort, Boolean descending) {
        return admin.data(ALBUMS, "f", sampleOnly(), "s", sort, "d", descending).getList("albums.nodes");
    }

    private List<String> albumTitles(Map<String, Object> parts) {
        return admin.data(ALBUMS, "f", filter(parts)).getList("albums.nodes.title");
    }

    private List<String> artistNames(String role) {
        return admin.data("query($f: ListFilter) { artists(first: 100, filter: $f) { nodes { name } } }", "f", filter(Map.of("role", role)))
                .getList("artists.nodes.name");
    }

    private Map<String, Object> filter(Map<String, Object> parts) {
        Map<String, Object> filter = new HashMap<>(sampleOnly());
        filter.putAll(parts);
        return filter;
    }

    private String genreId(String name) {
        List<Map<String, String>> genres = admin.data("query($f: ListFilter) { genres(first: 100, filter: $f) { nodes { id name } } }", "f",
                sampleOnly()).getList("genres.nodes");
        return genres.stream().filter(g -> g.get("name").equals(name)).findFirst().orElseThrow().get("id");
    }

    private String artistId(String name) {
        List<Map<String, String>> artists = admin.data("query($f: ListFilter) { artists(first: 200, filter: $f) { nodes { id name } } }", "f",
                sampleOnly()).getList("artists.nodes");
        return artists.stream().filter(a -> a.get("name").equals(name)).findFirst().orElseThrow(() -> new AssertionError("No artist " + name))
                .get("id");
    }
}
