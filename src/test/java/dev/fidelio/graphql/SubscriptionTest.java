package dev.fidelio.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.index.Scans;
import dev.fidelio.library.LibraryAccess;
import dev.fidelio.testsupport.Api;
import dev.fidelio.users.BearerAuthMechanism;
import io.quarkus.test.junit.QuarkusTest;

/** Subscriptions over a real websocket: scan progress and problems during a real scan, and what is playing now. */
@QuarkusTest
class SubscriptionTest extends GraphQLTestSupport {

    private static final String PASSWORD = "a long enough password";

    @Inject
    LibraryAccess access;

    @Test
    void theSocketNeedsALoginLikeEveryRequest() {
        for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("Authorization", "Bearer fs_not-a-real-token"),
                Map.of("X-API-Key", "not-a-key"))) {
            WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws");
            headers.forEach(builder::header);
            assertThatThrownBy(() -> builder.buildAsync(GraphQLSocket.uri(), new WebSocket.Listener() {
            }).get(GraphQLSocket.WAIT.toSeconds(), TimeUnit.SECONDS)).as("%s", headers).cause()
                    .isInstanceOfSatisfying(WebSocketHandshakeException.class, e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
        }
    }

    @Test
    void anAdminWatchesAScanOfTheLibraryAsItRuns() throws Exception {
        String apiKey = Api.asAdmin().body(Map.of("name", "subscriptions")).post("/api/me/api-keys").then().statusCode(201).extract()
                .path("secret");
        try (GraphQLSocket socket = GraphQLSocket.open(Map.of("X-API-Key", apiKey))) {
            socket.subscribe("progress", "subscription { scanProgress { id kind phase running folder filesSeen filesDone problems finishedAt } }");
            socket.subscribe("problems", "subscription { scanProblems { scanId path kind message } }");
            socket.sync();
            String scan = admin.data("mutation { startScan(kind: FULL) { id kind phase } }").getString("startScan.id");

            JsonNode last = socket.nextData("progress", d -> d.path("scanProgress").path("id").asText().equals(scan)
                    && d.path("scanProgress").path("phase").asText().equals("finished"), "the end of scan " + scan)
                    .path("scanProgress");
            assertThat(last.path("kind").asText()).isEqualTo("full");
            assertThat(last.path("running").asBoolean()).isFalse();
            assertThat(last.path("filesDone").asInt()).isEqualTo(last.path("filesSeen").asInt()).isPositive();
            assertThat(last.path("problems").asInt()).isGreaterThanOrEqualTo(4);
            assertThat(last.path("finishedAt").isTextual()).isTrue();
            List<JsonNode> before = socket.arrived("progress").stream().map(m -> m.path("payload").path("data").path("scanProgress"))
                    .filter(s -> s.path("id").asText().equals(scan)).toList();
            assertThat(before).as("snapshots while it ran").anySatisfy(s -> {
                assertThat(s.path("phase").asText()).isEqualTo("reading");
                assertThat(s.path("running").asBoolean()).isTrue();
                assertThat(s.path("folder").asText()).isNotEmpty();
            });

            JsonNode problem = socket.nextData("problems", d -> d.path("scanProblems").path("path").asText().endsWith("Broken/garbage.flac"),
                    "the garbage file reported").path("scanProblems");
            assertThat(problem.path("scanId").asText()).isEqualTo(scan);
            assertThat(problem.path("message").asText()).isNotBlank();
        }
        Scans.awaitIdle(scanner, runs);
    }

    @Test
    void scansAreNotStreamedToListeners() throws Exception {
        String name = newUser();
        try (GraphQLSocket socket = GraphQLSocket.open(Map.of("Authorization", "Bearer " + Api.token(name, PASSWORD)))) {
            socket.subscribe("progress", "subscription { scanProgress { id } }");
            assertThat(socket.errors("progress").findValuesAsText("message")).singleElement().asString().startsWith("Forbidden");
        }
    }

    @Test
    void listenersSeeWhatIsPlayingInTheLibrariesTheyMaySee() throws Exception {
        String sampleListener = newUser();
        access.restrict(userId(sampleListener), Set.of(Long.parseLong(sampleLibrary)));
        String nothingListener = newUser();
        access.restrict(userId(nothingListener), Set.of());
        String album = albumId("Lanterns Over Water");
        String track = admin.data("query($id: ID!) { album(id: $id) { tracks { id title } } }", "id", album).getString("album.tracks[1].id");
        String player = "SubscriptionTest/" + UUID.randomUUID();

        String query = "subscription { nowPlaying { playing entry { username client startedAt endsAt track { id title album { title } } } } }";
        try (GraphQLSocket seesIt = GraphQLSocket.open(cookie(sampleListener)); GraphQLSocket seesNothing = GraphQLSocket.open(cookie(nothingListener))) {
            seesIt.subscribe("playing", query);
            seesNothing.subscribe("playing", query);
            seesIt.sync();
            seesNothing.sync();

            Api.asAdmin().header("User-Agent", player).get("/stream/" + track).then().statusCode(200);
            JsonNode change = seesIt.nextData("playing", d -> d.path("nowPlaying").path("entry").path("client").asText().equals(player),
                    "the admin's player starting").path("nowPlaying");
            assertThat(change.path("playing").asBoolean()).isTrue();
            JsonNode entry = change.path("entry");
            assertThat(entry.path("username").asText()).isEqualTo("admin");
            assertThat(entry.path("track").path("id").asText()).isEqualTo(track);
            assertThat(entry.path("track").path("album").path("title").asText()).isEqualTo("Lanterns Over Water");

            List<Map<String, Object>> now = GraphQL.as(Api.token(sampleListener, PASSWORD))
                    .data("{ nowPlaying { client track { id } } }").getList("nowPlaying");
            assertThat(now).anySatisfy(e -> assertThat(e).containsEntry("client", player).containsEntry("track", Map.of("id", track)));
            assertThat(GraphQL.as(Api.token(nothingListener, PASSWORD)).data("{ nowPlaying { client } }").getList("nowPlaying")).isEmpty();
            assertThat(seesNothing.arrived("playing")).as("a track of a library closed to them").isEmpty();
        }
    }

    private static Map<String, String> cookie(String name) {
        String session = given().contentType("application/json").body(Map.of("username", name, "password", PASSWORD))
                .post("/api/auth/login").then().statusCode(200).extract().cookie(BearerAuthMechanism.SESSION_COOKIE);
        return Map.of("Cookie", BearerAuthMechanism.SESSION_COOKIE + "=" + session);
    }

    private static String newUser() {
        String name = "subscriber-" + UUID.randomUUID();
        Api.createUser(name, PASSWORD, "user");
        return name;
    }

    private static long userId(String name) {
        return Long.parseLong(GraphQL.as(Api.token(name, PASSWORD)).data("{ me { id } }").getString("me.id"));
    }
}
