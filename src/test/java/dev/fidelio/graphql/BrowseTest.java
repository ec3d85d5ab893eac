package dev.fidelio.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import dev.fidelio.library.Playlist;
import dev.fidelio.library.Playlists;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every type of the API on the sample library. */
@QuarkusTest
@SuppressWarnings("unchecked")
class BrowseTest extends GraphQLTestSupport {

    @Inject
    Playlists playlists;

    @Test
    void albumsHaveTheirArtistsDiscsTracksGenresAndCoverArt() {
        JsonPath album = admin.data("""
                query($id: ID!) { album(id: $id) { id title sortTitle artistName year releaseDate label compilation trackCount discCount
                    durationSeconds artists { name } genres { name } coverArt { size url }
                    discs { number subtitle tracks { trackNumber title discNumber } } tracks { id } } }""",
                "id", albumId("Northern Tapes")).setRootPath("data.album");
        assertThat(album.getString("artistName")).isEqualTo("Mira Solberg");
        assertThat(album.getList("artists.name")).containsExactly("Mira Solberg");
        assertThat(album.getInt("year")).isEqualTo(2020);
        assertThat(album.getString("releaseDate")).isEqualTo("2020-11-06");
        assertThat(album.getInt("trackCount")).isEqualTo(8);
        assertThat(album.getInt("discCount")).isEqualTo(2);
        assertThat(album.getDouble("durationSeconds")).isPositive();
        assertThat(album.getList("genres.name")).containsExactly("Ambient");
        assertThat(album.getList("discs.number")).containsExactly(1, 2);
        assertThat(album.getList("discs.subtitle")).containsExactly("Day", "Night");
        assertThat(album.getList("discs[1].tracks.trackNumber")).containsExactly(1, 2, 3, 4);
        assertThat(album.getList("tracks.id")).hasSize(8).doesNotHaveDuplicates();
        List<Map<String, Object>> art = album.getList("coverArt");
        assertThat(art).extracting(i -> i.get("size")).containsExactly(150, 300, 600, null);
        String id = album.getString("id");
        assertThat(art).extracting(i -> (String) i.get("url"))
                .allMatch(url -> url.startsWith("/art/" + id + "?") && url.matches(".*[?&]token=[0-9a-z]+\\.[A-Za-z0-9_-]+$"));
        assertThat((String) art.get(1).get("url")).contains("size=300&");

        assertThat(admin.data("query($id: ID!) { album(id: $id) { coverArt { url } } }", "id", albumId("Highlife Sessions"))
                .getList("album.coverArt")).as("an album without art has no art URLs").isNull();
    }

    @Test
    void aCompilationListsEachTracksOwnArtists() {
        JsonPath album = admin.data("query($id: ID!) { album(id: $id) { compilation artistName tracks { artists { name } } } }", "id",
                albumId("Harbour Lights: A Driftwood Records Sampler")).setRootPath("data.album");
        assertThat(album.getBoolean("compilation")).isTrue();
        assertThat(album.getString("artistName")).isEqualTo("Various Artists");
        assertThat(album.getList("tracks[1].artists.name")).containsExactly("Mira Solberg", "Jonas Reyes");
    }

    @Test
    void tracksCarryEveryCanonicalFieldAndTheirRawTagsOnRequest() {
        JsonPath track = admin.data("""
                query($id: ID!) { album(id: $id) { tracks { id title sortTitle trackNumber trackTotal discNumber year label path fileSize
                    fileModified addedAt durationSeconds lyrics isrc
                    audio { format codec lossless sampleRate bitDepth channels totalSamples durationSeconds bitrateKbps md5 }
                    replayGain { trackGain trackPeak albumGain albumPeak } album { title } library { id name }
                    folder { name path } genres { name } credits { role artist { name } instrument }
                    rawTags { name values } userData { starred rating playCount } coverArt { size } } } }""",
                "id", albumId("Lanterns Over Water")).setRootPath("data.album.tracks[0]");
        assertThat(track.getString("title")).isEqualTo("Harbour Lights");
        assertThat(track.getInt("trackNumber")).isEqualTo(1);
        assertThat(track.getString("path")).isEqualTo("The Hollow Pines/2019 - Lanterns Over Water/01 - Harbour Lights.flac");
        assertThat(track.getLong("fileSize")).isPositive();
        assertThat(track.getString("audio.format")).isEqualTo("flac");
        assertThat(track.getBoolean("audio.lossless")).isTrue();
        assertThat(track.getInt("audio.sampleRate")).isEqualTo(44_100);
        assertThat(track.getInt("audio.bitDepth")).isEqualTo(16);
        assertThat(track.getInt("audio.channels")).isEqualTo(2);
        assertThat(track.getString("audio.md5")).matches("[0-9a-f]{32}");
        assertThat(track.getDouble("replayGain.trackGain")).isEqualTo(-8.99);
        assertThat(track.getString("album.title")).isEqualTo("Lanterns Over Water");
        assertThat(track.getString("library.id")).isEqualTo(sampleLibrary);
        assertThat(track.getString("folder.name")).isEqualTo("2019 - Lanterns Over Water");
        assertThat(track.getList("genres.name")).containsExactly("Indie Rock");
        assertThat(track.getList("credits.role")).contains("ARTIST");
        List<Map<String, Object>> tags = track.getList("rawTags");
        assertThat(tags).anySatisfy(tag -> {
            assertThat(tag.get("name")).isEqualTo("TITLE");
            assertThat(tag.get("values")).isEqualTo(List.of("Harbour Lights"));
        });
        assertThat(track.getBoolean("userData.starred")).isFalse();
        assertThat(track.getInt("userData.playCount")).isZero();
        assertThat(track.getList("coverArt.size")).containsExactly(150, 300, 600, null);
    }

    @Test
    void streamVariantsOfferTheOriginalAndConversionsWithTheirSignalPaths() {
        JsonPath track = admin.data("query($id: ID!) { album(id: $id) { tracks { id streamVariants { name url mimeType sampleRate bitDepth "
                + "channels signalPath bitPerfect } } } }", "id", albumId("Jökulsárlón")).setRootPath("data.album.tracks[0]");
        List<Map<String, Object>> variants = track.getList("streamVariants");
        assertThat(variants).extracting(v -> v.get("name")).containsExactly("original", "flac-16-44.1", "flac-24-96", "wav");
        Map<String, Object> original = variants.get(0);
        assertThat(original).containsEntry("mimeType", "audio/flac").containsEntry("sampleRate", 192_000).containsEntry("bitDepth", 24)
                .containsEntry("signalPath", "bit-perfect").containsEntry("bitPerfect", true);
        assertThat((String) original.get("url")).startsWith("/stream/" + track.getString("id") + "?token=");
        Map<String, Object> cd = variants.get(1);
        assertThat(cd).containsEntry("sampleRate", 44_100).containsEntry("bitDepth", 16).containsEntry("channels", 2)
                .containsEntry("bitPerfect", false);
        assertThat((String) cd.get("signalPath")).startsWith("FLAC 24/192 \u2192 resample 192000\u219244100").endsWith("FLAC 16/44.1");
        assertThat((String) cd.get("url")).contains("&format=flac&rate=44100&bits=16");
        assertThat(variants.get(2)).containsEntry("sampleRate", 96_000).containsEntry("bitDepth", 24);
        assertThat(variants.get(3)).containsEntry("mimeType", "audio/wav").containsEntry("sampleRate", 192_000);

        // The URL plays without credentials: a browser's <audio> element sends none.
        io.restassured.RestAssured.given().get((String) cd.get("url")).then().statusCode(200).contentType("audio/flac");

        List<Map<String, Object>> cdQuality = admin.data("query($id: ID!) { album(id: $id) { tracks { streamVariants { name } } } }", "id",
                albumId("Small Hours")).getList("album.tracks[0].streamVariants");
        assertThat(cdQuality).extracting(v -> v.get("name")).as("a 16/44.1 file has nothing finer to be brought down from")
                .containsExactly("original", "wav");
    }

    @Test
    void worksHaveTheirComposerMovementsAndPerformances() {
        JsonPath works = admin.data("""
                query($f: ListFilter) { works(first: 50, filter: $f) { nodes { id title catalogue composer { name roles }
                    movements { number name } performances { album { title } conductors { name } ensembles { name }
                    soloists { artist { name } instrument } tracks { movementNumber } work { title } } } } }""", "f", sampleOnly())
                .setRootPath("data.works.nodes");
        List<Map<String, Object>> all = works.getList("");
        Map<String, Object> ninth = all.stream().filter(w -> ((String) w.get("title")).startsWith("Symphony No. 9")).findFirst().orElseThrow();
        JsonPath symphony = new JsonPath(toJson(ninth));
        assertThat(symphony.getString("catalogue")).isEqualTo("Op. 95");
        assertThat(symphony.getString("composer.name")).isEqualTo("Antonín Dvořák");
        assertThat(symphony.getList("composer.roles")).contains("COMPOSER");
        assertThat(symphony.getList("movements.number")).containsExactly(1, 2, 3, 4);
        assertThat(symphony.getList("performances")).hasSize(2);
        assertThat(symphony.getList("performances.conductors.name.flatten()")).containsExactly("Tomáš Hrubý", "Margarethe Lindqvist");
        assertThat(symphony.getList("performances[0].ensembles.name")).containsExactly("Prague Riverside Philharmonic");
        assertThat(symphony.getList("performances[1].tracks.movementNumber")).isSorted().isNotEmpty();
        assertThat(symphony.getString("performances[0].work.title")).startsWith("Symphony No. 9");
    }

    @Test
    void artistsShowTheirRolesAlbumsAndWorks() {
        JsonPath artists = admin.data("""
                query($f: ListFilter) { artists(first: 200, filter: $f) { totalCount nodes { name roles albums { title } works { title }
                    coverArt { size } userData { starred } } } }""", "f", sampleOnly()).setRootPath("data.artists");
        List<Map<String, Object>> all = artists.getList("nodes");
        assertThat(artists.getLong("totalCount")).isEqualTo(all.size());
        Map<String, Object> dvorak = all.stream().filter(a -> a.get("name").equals("Antonín Dvořák")).findFirst().orElseThrow();
        assertThat((List<Object>) dvorak.get("roles")).containsExactly("COMPOSER");
        assertThat((List<Object>) dvorak.get("works")).isNotEmpty();
        assertThat(dvorak.get("coverArt")).as("a composer is album artist of nothing here").isNull();
        Map<String, Object> mira = all.stream().filter(a -> a.get("name").equals("Mira Solberg")).findFirst().orElseThrow();
        assertThat((List<Object>) mira.get("roles")).contains("ALBUM_ARTIST", "ARTIST");
        assertThat(((List<Map<String, Object>>) mira.get("albums")).stream().map(a -> a.get("title")).toList()).containsExactly("Northern Tapes");
        assertThat(mira.get("coverArt")).isNotNull();
    }

    @Test
    void genresCountWhatTheCallerSees() {
        List<Map<String, Object>> genres = admin.data("query($f: ListFilter) { genres(first: 100, filter: $f) { nodes { id name trackCount albumCount } } }",
                "f", sampleOnly()).getList("genres.nodes");
        assertThat(genres).extracting(g -> g.get("name")).contains("Classical", "Ambient", "Jazz").isSortedAccordingTo(
                (a, b) -> ((String) a).compareToIgnoreCase((String) b));
        Map<String, Object> classical = genres.stream().filter(g -> g.get("name").equals("Classical")).findFirst().orElseThrow();
        assertThat(classical).containsEntry("trackCount", 12).containsEntry("albumCount", 2);
        assertThat(admin.data("query($id: ID!) { genre(id: $id) { name } }", "id", classical.get("id")).getString("genre.name")).isEqualTo("Classical");
    }

    @Test
    void theFolderTreeWalksFromEachLibrarysRoot() {
        List<Map<String, Object>> roots = admin.data("query($f: ListFilter) { folders(filter: $f) { nodes { id name path parent { id } } } }",
                "f", sampleOnly()).getList("folders.nodes");
        assertThat(roots).hasSize(1);
        assertThat(roots.get(0)).containsEntry("path", "").containsEntry("parent", null);
        JsonPath top = admin.data("query($p: ID) { folders(parent: $p, first: 3) { totalCount nodes { name children { name } tracks { id } } } }",
                "p", roots.get(0).get("id")).setRootPath("data.folders");
        assertThat(top.getInt("totalCount")).isEqualTo(8);
        assertThat(top.getList("nodes.name")).containsExactly("Björk Sigurdóttir", "Hanseatic Symphony Orchestra",
                "Kofi Mensah & The Accra Strings");
        assertThat(top.getList("nodes[0].children.name")).containsExactly("Hvísl (2018)", "Jökulsárlón (2023) [24-192]");
        assertThat(top.getList("nodes[0].tracks")).isEmpty();
    }

    @Test
    void nodeFindsEveryKindByIdAlone() {
        String album = albumId("Small Hours");
        JsonPath data = admin.data("query($id: ID!) { album(id: $id) { tracks { id folder { id } artists { id } work { id } } } }", "id", album);
        String track = data.getString("album.tracks[0].id");
        String folder = data.getString("album.tracks[0].folder.id");
        String artist = data.getString("album.tracks[0].artists[0].id");
        String query = "query($id: ID!) { node(id: $id) { __typename id } }";
        assertThat(admin.data(query, "id", album).getString("node.__typename")).isEqualTo("Album");
        assertThat(admin.data(query, "id", track).getString("node.__typename")).isEqualTo("Track");
        assertThat(admin.data(query, "id", folder).getString("node.__typename")).isEqualTo("Folder");
        assertThat(admin.data(query, "id", artist).getString("node.__typename")).isEqualTo("Artist");
        String work = admin.data("query($f: ListFilter) { works(first: 1, filter: $f) { nodes { id } } }", "f", sampleOnly())
                .getString("works.nodes[0].id");
        assertThat(admin.data(query, "id", work).getString("node.__typename")).isEqualTo("Work");
        assertThat(admin.data("query($id: ID!) { node(id: $id) { ... on Track { title album { title } } } }", "id", track)
                .getString("node.album.title")).isEqualTo("Small Hours");
    }

    @Test
    void unknownAndMalformedIdsAreClearErrors() {
        String unknown = "00000000-0000-0000-0000-000000000001";
        assertThat(admin.errors("query($id: ID!) { node(id: $id) { id } }", "id", unknown)).containsExactly("No item with id " + unknown);
        assertThat(admin.errors("query($id: ID!) { album(id: $id) { id } }", "id", unknown)).containsExactly("No album with id " + unknown);
        assertThat(admin.errors("query($id: ID!) { track(id: $id) { id } }", "id", "../../etc/passwd"))
                .containsExactly("'../../etc/passwd' is not an id of this server");
        assertThat(admin.errors("{ albums(first: 0) { nodes { id } } }")).containsExactly("A page holds 1 to 500 items; not 0");
        assertThat(admin.errors("{ artists(sort: YEAR) { nodes { id } } }")).containsExactly("Artists cannot be sorted by YEAR");
        assertThat(admin.errors("{ albums(after: \"garbage\") { nodes { id } } }").get(0)).contains("is not a cursor of this listing");
        assertThat(admin.errors("{ albums(filter: {formats: [\"mp4\"]}) { nodes { id } } }")).containsExactly("Unknown audio format 'mp4'");
        List<String> syntax = admin.errors("{ albums { nodes { id } ");
        assertThat(syntax.get(0)).doesNotContain("Exception").doesNotContain("at dev.");
    }

    @Test
    void theCallerAndTheLibrariesAreThere() {
        JsonPath me = admin.data("{ me { id username role admin } libraries { id name status trackCount } }");
        assertThat(me.getString("me.username")).isEqualTo("admin");
        assertThat(me.getBoolean("me.admin")).isTrue();
        List<Map<String, Object>> libraries = me.getList("libraries");
        assertThat(libraries).anySatisfy(l -> {
            assertThat(l.get("id")).isEqualTo(sampleLibrary);
            assertThat(l.get("status")).isEqualTo("online");
            assertThat(((Number) l.get("trackCount")).intValue()).isEqualTo(dev.fidelio.testmusic.Manifest.load().tracks().size());
        });
    }

    @Test
    void playlistsShowTheirVisibleTracksInOrderToTheirOwnerOrToAllWhenPublic() {
        String album = albumId("Small Hours");
        List<String> tracks = admin.data("query($id: ID!) { album(id: $id) { tracks { id } } }", "id", album).getList("album.tracks.id");
        long adminId = Long.parseLong(admin.data("{ me { id } }").getString("me.id"));
        List<UUID> order = List.of(UUID.fromString(tracks.get(2)), UUID.fromString(tracks.get(0)), UUID.fromString(tracks.get(2)));
        String mine = playlists.create(adminId, "Evening " + UUID.randomUUID(), order).id().toString();
        String shared = playlists.create(adminId, "Shared " + UUID.randomUUID(), order.subList(0, 1)).id().toString();
        makePublic(UUID.fromString(shared));

        JsonPath playlist = admin.data("query($id: ID!) { playlist(id: $id) { name owner public tracks { id } } node(id: $id) { __typename } }",
                "id", mine).setRootPath("data");
        assertThat(playlist.getList("playlist.tracks.id")).containsExactly(tracks.get(2), tracks.get(0), tracks.get(2));
        assertThat(playlist.getString("playlist.owner")).isEqualTo("admin");
        assertThat(playlist.getString("node.__typename")).isEqualTo("Playlist");
        assertThat(admin.data("{ playlists { id } }").getList("playlists.id")).contains(mine, shared);

        String listener = "listener-" + UUID.randomUUID();
        dev.fidelio.testsupport.Api.createUser(listener, "a long enough password", "user");
        GraphQL other = GraphQL.as(dev.fidelio.testsupport.Api.token(listener, "a long enough password"));
        assertThat(other.data("{ playlists { id public } }").getList("playlists.id")).contains(shared).doesNotContain(mine);
        assertThat(other.errors("query($id: ID!) { playlist(id: $id) { id } }", "id", mine)).containsExactly("No playlist with id " + mine);
    }

    @Transactional
    void makePublic(UUID playlist) {
        Playlist.update("isPublic = true WHERE id = ?1", playlist);
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
