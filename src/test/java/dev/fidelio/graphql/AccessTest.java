package dev.fidelio.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.fidelio.library.LibraryAccess;
import dev.fidelio.library.LibraryStore;
import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Who may ask what: logins, per-library access, admin-only queries, the caller's own annotations, and the limits. */
@QuarkusTest
class AccessTest extends GraphQLTestSupport {

    private static final String PASSWORD = "a long enough password";

    @Inject
    LibraryAccess access;

    @Inject
    LibraryStore store;

    @Test
    void theApiAndItsSchemaNeedALogin() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ me { id } }")).post("/graphql").then().statusCode(401);
        given().queryParam("query", "{ me { id } }").get("/graphql").then().statusCode(401);
        given().get("/graphql/schema.graphql").then().statusCode(401);
        given().header("Authorization", "Bearer fs_not-a-real-token").contentType(ContentType.JSON).body(Map.of("query", "{ me { id } }"))
                .post("/graphql").then().statusCode(401);
        String token = Api.token(Api.ADMIN, Api.ADMIN_PASSWORD);
        assertThat(given().header("Authorization", "Bearer " + token).queryParam("query", "{ me { username } }").get("/graphql")
                .then().statusCode(200).extract().jsonPath().getString("data.me.username")).isEqualTo("admin");
    }

    @Test
    void aRestrictedUserSeesNothingOfTheOtherLibraries() throws Exception {
        try (ScratchLibrary scratch = ScratchLibrary.create(10, scanner, runs, store)) {
            String name = "restricted-" + UUID.randomUUID();
            long userId = Api.createUser(name, PASSWORD, "user");
            access.restrict(userId, Set.of(scratch.id));
            GraphQL user = GraphQL.as(Api.token(name, PASSWORD));

            assertThat(user.data("{ libraries { id path } }").getList("libraries.id")).containsExactly(scratch.graphQLId());
            assertThat(user.data("{ libraries { path } }").getList("libraries.path")).as("paths are for admins").containsOnlyNulls();
            JsonPath seen = user.data("""
                    { albums(first: 100) { totalCount nodes { title trackCount } } tracks(first: 100) { totalCount }
                      artists(first: 100) { nodes { name roles } } works(first: 100) { totalCount }
                      genres(first: 100) { nodes { name trackCount albumCount } } folders { nodes { name } }
                      recentlyAddedAlbums(first: 100) { nodes { title } } }""");
            assertThat(seen.getList("albums.nodes.title")).containsExactly("Album 0");
            assertThat(seen.getInt("albums.totalCount")).isEqualTo(1);
            assertThat(seen.getList("albums.nodes.trackCount")).containsExactly(10);
            assertThat(seen.getInt("tracks.totalCount")).isEqualTo(10);
            assertThat(seen.getList("artists.nodes.name")).containsExactly("Artist 0");
            assertThat(seen.getInt("works.totalCount")).isZero();
            List<Map<String, Object>> genres = seen.getList("genres.nodes");
            assertThat(genres).extracting(g -> g.get("name")).containsExactly("Classical", "Jazz");
            assertThat(genres).allSatisfy(g -> assertThat(g).containsEntry("trackCount", 5).containsEntry("albumCount", 1));
            assertThat(seen.getList("folders.nodes")).hasSize(1);
            assertThat(seen.getList("recentlyAddedAlbums.nodes.title")).containsExactly("Album 0");

            String hidden = albumId("Northern Tapes");
            JsonPath hiddenAlbum = admin.data("query($id: ID!) { album(id: $id) { tracks { id folder { id } artists { id } } } }", "id", hidden);
            String track = hiddenAlbum.getString("album.tracks[0].id");
            assertThat(user.errors("query($id: ID!) { node(id: $id) { id } }", "id", hidden)).containsExactly("No item with id " + hidden);
            assertThat(user.errors("query($id: ID!) { album(id: $id) { id } }", "id", hidden)).containsExactly("No album with id " + hidden);
            assertThat(user.errors("query($id: ID!) { track(id: $id) { id } }", "id", track)).containsExactly("No track with id " + track);
            String folder = hiddenAlbum.getString("album.tracks[0].folder.id");
            assertThat(user.errors("query($id: ID!) { folder(id: $id) { id } }", "id", folder)).containsExactly("No folder with id " + folder);
            String artist = hiddenAlbum.getString("album.tracks[0].artists[0].id");
            assertThat(user.errors("query($id: ID!) { artist(id: $id) { id } }", "id", artist)).containsExactly("No artist with id " + artist);
            assertThat(user.errors("query($id: ID!) { star(id: $id) { starred } }".replace("query", "mutation"), "id", hidden))
                    .containsExactly("No item with id " + hidden);

            access.restrict(userId, Set.of());
            JsonPath nothing = GraphQL.as(Api.token(name, PASSWORD)).data("{ albums { totalCount } artists { totalCount } tracks { totalCount } "
                    + "genres { totalCount } folders { totalCount } libraries { id } }");
            assertThat(List.of(nothing.getInt("albums.totalCount"), nothing.getInt("artists.totalCount"), nothing.getInt("tracks.totalCount"),
                    nothing.getInt("genres.totalCount"), nothing.getInt("folders.totalCount"))).containsOnly(0);
            assertThat(nothing.getList("libraries")).isEmpty();
        }
    }

    @Test
    void scansAndProblemsAreForAdmins() {
        GraphQL user = GraphQL.as(Api.token(newUser(), PASSWORD));
        assertThat(user.errors("{ scanStatus { phase } }").get(0)).containsIgnoringCase("forbidden");
        assertThat(user.errors("{ scanProblems { path } }").get(0)).containsIgnoringCase("forbidden");
        JsonPath status = admin.data("{ scanStatus { id kind phase running filesSeen finishedAt } scanProblems(first: 10) { path kind message } }");
        assertThat(status.getBoolean("scanStatus.running")).isFalse();
        assertThat(status.getString("scanStatus.phase")).isEqualTo("finished");
        assertThat(admin.data("query($id: ID!) { scan(id: $id) { id } }", "id", status.getString("scanStatus.id")).getString("scan.id"))
                .isEqualTo(status.getString("scanStatus.id"));
        List<Map<String, String>> problems = status.getList("scanProblems");
        assertThat(problems).anySatisfy(p -> assertThat(p.get("path")).contains("Broken"));
        assertThat(admin.errors("{ scan(id: \"987654321\") { id } }")).containsExactly("No scan with id 987654321");
    }

    @Test
    void starsRatingsAndPlaysAreTheCallersOwn() {
        GraphQL user = GraphQL.as(Api.token(newUser(), PASSWORD));
        String album = albumId("Lanterns Over Water");
        String track = admin.data("query($id: ID!) { album(id: $id) { tracks { id } } }", "id", album).getString("album.tracks[0].id");
        JsonPath starred = user.data("mutation($id: ID!) { star(id: $id) { starred starredAt } }", "id", album);
        assertThat(starred.getBoolean("star.starred")).isTrue();
        assertThat(user.data("mutation($id: ID!) { rate(id: $id, rating: 4) { rating } }", "id", track).getInt("rate.rating")).isEqualTo(4);
        assertThat(user.data("mutation($id: ID!) { recordPlay(trackId: $id) { playCount } }", "id", track).getInt("recordPlay.playCount")).isEqualTo(1);
        JsonPath seen = user.data("query($id: ID!) { album(id: $id) { userData { starred playCount } tracks { userData { rating playCount } } } }",
                "id", album);
        assertThat(seen.getBoolean("album.userData.starred")).isTrue();
        assertThat(seen.getInt("album.userData.playCount")).isEqualTo(1);
        assertThat(seen.getInt("album.tracks[0].userData.rating")).isEqualTo(4);
        assertThat(admin.data("query($id: ID!) { album(id: $id) { userData { starred } } }", "id", album).getBoolean("album.userData.starred"))
                .as("another user's star").isFalse();
        assertThat(user.data("mutation($id: ID!) { unstar(id: $id) { starred } }", "id", album).getBoolean("unstar.starred")).isFalse();
        assertThat(user.data("mutation($id: ID!) { rate(id: $id, rating: 0) { rating } }", "id", track).getString("rate.rating")).isNull();

        assertThat(user.errors("mutation($id: ID!) { rate(id: $id, rating: 6) { rating } }", "id", track))
                .containsExactly("A rating is 1 to 5, or 0 to remove it; not 6");
        assertThat(user.errors("mutation($id: ID!) { recordPlay(trackId: $id) { playCount } }", "id", album))
                .containsExactly("Plays are recorded for tracks; " + album + " is not a track");
        String folder = admin.data("{ folders { nodes { id } } }").getString("folders.nodes[0].id");
        assertThat(user.errors("mutation($id: ID!) { star(id: $id) { starred } }", "id", folder).get(0)).startsWith("Only artists, albums");
    }

    @Test
    void deepAndLargeQueriesAreRefusedWithAReason() {
        String deep = "{ albums { nodes { tracks { album { tracks { album { tracks { album { tracks { album { tracks { album { tracks { title } } } } } } } } } } } } } }";
        assertThat(String.join(" ", admin.errors(deep))).containsIgnoringCase("depth");
        StringBuilder wide = new StringBuilder("{ albums { nodes { ");
        for (int i = 0; i < 1100; i++) {
            wide.append("t").append(i).append(": title ");
        }
        assertThat(String.join(" ", admin.errors(wide.append("} } }").toString()))).containsIgnoringCase("complexity");
    }

    private static String newUser() {
        String name = "listener-" + UUID.randomUUID();
        Api.createUser(name, PASSWORD, "user");
        return name;
    }
}
