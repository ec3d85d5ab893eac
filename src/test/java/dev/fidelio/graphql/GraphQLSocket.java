package dev.fidelio.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * A GraphQL client over a real websocket (the graphql-transport-ws protocol), the way the web player subscribes:
 * logged in by the headers of the upgrade request, as every HTTP request is.
 */
final class GraphQLSocket implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final LinkedBlockingQueue<JsonNode> received;
    /** Messages taken from the queue but not yet asked for. */
    private final List<JsonNode> kept = new ArrayList<>();

    private GraphQLSocket(WebSocket socket, LinkedBlockingQueue<JsonNode> received) {
        this.socket = socket;
        this.received = received;
    }

    /** Opens the socket with these headers (a bearer token, an API key, a cookie) and waits for the server's ack. */
    static GraphQLSocket open(Map<String, String> headers) throws Exception {
        LinkedBlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .connectTimeout(WAIT);
        headers.forEach(builder::header);
        WebSocket socket = builder.buildAsync(uri(), new Collector(received)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        GraphQLSocket client = new GraphQLSocket(socket, received);
        client.send(Map.of("type", "connection_init", "payload", Map.of()));
        client.next(m -> m.path("type").asText().equals("connection_ack"), "the connection's ack");
        return client;
    }

    static URI uri() {
        return URI.create("ws://127.0.0.1:" + RestAssured.port + "/graphql");
    }

    void subscribe(String id, String query) throws Exception {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query)));
    }

    /**
     * Answers a query on the socket. The server handles a socket's operations in order, so once it has answered, the
     * subscriptions sent before are in place.
     */
    void sync() throws Exception {
        String id = "sync-" + UUID.randomUUID();
        subscribe(id, "{ me { id } }");
        nextData(id, data -> data.has("me"), "the answer to " + id);
    }

    /** The next result of subscription {@code id} whose data passes {@code wanted}; others are kept for {@link #arrived}. */
    JsonNode nextData(String id, Predicate<JsonNode> wanted, String what) throws InterruptedException {
        return next(m -> m.path("id").asText().equals(id) && m.path("type").asText().equals("next")
                && wanted.test(m.path("payload").path("data")), what).path("payload").path("data");
    }

    /** The error message(s) the server sent for operation {@code id}, as a next with errors or as an error. */
    JsonNode errors(String id) throws InterruptedException {
        JsonNode message = next(m -> m.path("id").asText().equals(id)
                && (m.path("type").asText().equals("error") || m.path("payload").has("errors")), "an error for " + id);
        return message.path("type").asText().equals("error") ? message.path("payload") : message.path("payload").path("errors");
    }

    /** Whatever arrived for operation {@code id} so far, without waiting. */
    List<JsonNode> arrived(String id) {
        received.drainTo(kept);
        return kept.stream().filter(m -> m.path("id").asText().equals(id)).toList();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
        socket.abort();
    }

    private JsonNode next(Predicate<JsonNode> wanted, String what) throws InterruptedException {
        Optional<JsonNode> earlier = kept.stream().filter(wanted).findFirst();
        if (earlier.isPresent()) {
            kept.remove(earlier.get());
            return earlier.get();
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (long left = WAIT.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            JsonNode message = received.poll(left, TimeUnit.NANOSECONDS);
            if (message != null && wanted.test(message)) {
                return message;
            }
            if (message != null) {
                kept.add(message);
            }
        }
        throw new AssertionError("No message with " + what + " within " + WAIT + "; got " + kept);
    }

    private void send(Map<String, Object> message) throws Exception {
        socket.sendText(JSON.writeValueAsString(message), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Puts every whole text message on the queue, as JSON. */
    private static final class Collector implements WebSocket.Listener {
        private final LinkedBlockingQueue<JsonNode> received;
        private final StringBuilder partial = new StringBuilder();

        Collector(LinkedBlockingQueue<JsonNode> received) {
            this.received = received;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    received.add(JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new AssertionError("Not JSON: " + partial, e);
                } finally {
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
