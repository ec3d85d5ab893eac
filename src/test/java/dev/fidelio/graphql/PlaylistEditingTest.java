package dev.fidelio.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Playlists made and edited through the mutations, by their owner only. */
@QuarkusTest
class PlaylistEditingTest extends GraphQLTestSupport {

    private static final String PASSWORD = "a long enough password";
    private static final String FIELDS = "{ id name comment public owner tracks { id } }";

    GraphQL owner;
    String ownerName;
    List<String> tracks;

    @BeforeEach
    void aListenerAndSomeTracks() {
        ownerName = "playlister-" + UUID.randomUUID();
        Api.createUser(ownerName, PASSWORD, "user");
        owner = GraphQL.as(Api.token(ownerName, PASSWORD));
        tracks = admin.data("query($id: ID!) { album(id: $id) { tracks { id } } }", "id", albumId("Northern Tapes")).getList("album.tracks.id");
    }

    @Test
    void theOwnerCreatesRenamesFillsReordersAndEmptiesAPlaylist() {
        JsonPath created = owner.data("mutation($t: [String]) { createPlaylist(name: \" Road trip \", trackIds: $t) " + FIELDS + " }", "t",
                List.of(tracks.get(0), tracks.get(1), tracks.get(0))).setRootPath("data.createPlaylist");
        String id = created.getString("id");
        assertThat(created.getString("name")).isEqualTo("Road trip");
        assertThat(created.getString("owner")).isEqualTo(ownerName);
        assertThat(created.getBoolean("public")).isFalse();
        assertThat(created.getList("tracks.id")).as("a track may come twice").containsExactly(tracks.get(0), tracks.get(1), tracks.get(0));

        JsonPath renamed = owner.data("mutation($id: ID!) { updatePlaylist(id: $id, name: \"Night drive\", comment: \"for the A7\", public: true) "
                + FIELDS + " }", "id", id).setRootPath("data.updatePlaylist");
        assertThat(renamed.getString("name")).isEqualTo("Night drive");
        assertThat(renamed.getString("comment")).isEqualTo("for the A7");
        assertThat(renamed.getBoolean("public")).isTrue();

        assertThat(trackIds(owner.data("mutation($id: ID!, $t: [String]!) { addToPlaylist(id: $id, trackIds: $t, at: 1) " + FIELDS + " }",
                "id", id, "t", List.of(tracks.get(2))), "addToPlaylist")).containsExactly(tracks.get(0), tracks.get(2), tracks.get(1), tracks.get(0));
        assertThat(trackIds(owner.data("mutation($id: ID!, $t: [String]!) { addToPlaylist(id: $id, trackIds: $t) " + FIELDS + " }",
                "id", id, "t", List.of(tracks.get(3))), "addToPlaylist")).containsExactly(tracks.get(0), tracks.get(2), tracks.get(1), tracks.get(0),
                        tracks.get(3));
        assertThat(trackIds(owner.data("mutation($id: ID!) { movePlaylistTrack(id: $id, from: 4, to: 0) " + FIELDS + " }", "id", id),
                "movePlaylistTrack")).containsExactly(tracks.get(3), tracks.get(0), tracks.get(2), tracks.get(1), tracks.get(0));
        assertThat(trackIds(owner.data("mutation($id: ID!) { removeFromPlaylist(id: $id, positions: [1, 4]) " + FIELDS + " }", "id", id),
                "removeFromPlaylist")).containsExactly(tracks.get(3), tracks.get(2), tracks.get(1));
        assertThat(owner.data("query($id: ID!) { playlist(id: $id) { name tracks { id } } }", "id", id).getList("playlist.tracks.id"))
                .containsExactly(tracks.get(3), tracks.get(2), tracks.get(1));

        assertThat(owner.data("mutation($id: ID!) { deletePlaylist(id: $id) }", "id", id).getString("deletePlaylist")).isEqualTo(id);
        assertThat(owner.errors("query($id: ID!) { playlist(id: $id) { name } }", "id", id)).containsExactly("No playlist with id " + id);
    }

    @Test
    void othersMayReadAPublicPlaylistButNotChangeIt() {
        String id = owner.data("mutation { createPlaylist(name: \"Mine\") { id } }").getString("createPlaylist.id");
        String otherName = "other-" + UUID.randomUUID();
        Api.createUser(otherName, PASSWORD, "user");
        GraphQL other = GraphQL.as(Api.token(otherName, PASSWORD));

        assertThat(other.errors("mutation($id: ID!) { updatePlaylist(id: $id, name: \"Theirs\") { name } }", "id", id))
                .as("a private playlist of someone else's is not there").containsExactly("No playlist with id " + id);
        owner.data("mutation($id: ID!) { updatePlaylist(id: $id, public: true) { id } }", "id", id);
        assertThat(other.data("query($id: ID!) { playlist(id: $id) { name } }", "id", id).getString("playlist.name")).isEqualTo("Mine");
        assertThat(other.errors("mutation($id: ID!, $t: [String]!) { addToPlaylist(id: $id, trackIds: $t) { name } }", "id", id, "t",
                List.of(tracks.get(0)))).containsExactly("Only its owner changes the playlist 'Mine'");
        assertThat(other.errors("mutation($id: ID!) { deletePlaylist(id: $id) }", "id", id))
                .containsExactly("Only its owner or an admin deletes the playlist 'Mine'");
        assertThat(admin.data("mutation($id: ID!) { deletePlaylist(id: $id) }", "id", id).getString("deletePlaylist"))
                .as("an admin removes a public playlist that should not be").isEqualTo(id);
    }

    @Test
    void badEditsAreRefusedWithAReason() {
        String id = owner.data("mutation($t: [String]) { createPlaylist(name: \"Short\", trackIds: $t) { id } }", "t", List.of(tracks.get(0)))
                .getString("createPlaylist.id");
        assertThat(owner.errors("mutation { createPlaylist(name: \"  \") { id } }"))
                .containsExactly("A playlist needs a name of 1 to 500 characters");
        assertThat(owner.errors("mutation($id: ID!) { movePlaylistTrack(id: $id, from: 0, to: 3) { id } }", "id", id))
                .containsExactly("A position in this playlist is 0 to 0, not 3");
        String unknown = UUID.randomUUID().toString();
        assertThat(owner.errors("mutation($id: ID!, $t: [String]!) { addToPlaylist(id: $id, trackIds: $t) { id } }", "id", id, "t", List.of(unknown)))
                .containsExactly("No track with id " + unknown);
        assertThat(owner.errors("mutation { deletePlaylist(id: \"not-an-id\") }")).containsExactly("'not-an-id' is not an id of this server");
    }

    private static List<String> trackIds(JsonPath data, String mutation) {
        return data.getList(mutation + ".tracks.id");
    }
}
