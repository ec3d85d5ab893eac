package dev.fidelio.upnp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.ScanKind;
import dev.fidelio.index.ScanRuns;
import dev.fidelio.index.ScratchAlbum;
import dev.fidelio.index.Scans;
import dev.fidelio.library.LibraryStore;
import dev.fidelio.library.Track;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * GENA eventing as a control point sees it: a subscription gets the current SystemUpdateID at once, and a scan that
 * changes the library sends a new SystemUpdateID and ContainerUpdateIDs, so control points browse again.
 */
@QuarkusTest
@TestProfile(UpnpTestProfile.class)
class ContainerUpdateEventsTest {

    private static final long WAIT_SECONDS = 20;

    @Inject
    MediaServer server;

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @Inject
    LibraryStore store;

    @Test
    void aSubscriberIsToldTheUpdateIdsAndAgainAfterAScanChangesTheLibrary() throws Exception {
        Scans.awaitIdle(scanner, runs);
        UpnpClient client = new UpnpClient(server);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpServer listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/events", exchange -> {
            events.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        listener.start();
        Path scratch = null;
        try {
            URI eventUrl = client.descriptionUri().resolve(client.serviceUrl(UpnpClient.CDS, "eventSubURL"));
            HttpResponse<Void> subscribed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(eventUrl).timeout(Duration.ofSeconds(10))
                    .method("SUBSCRIBE", HttpRequest.BodyPublishers.noBody())
                    .header("CALLBACK", "<http://127.0.0.1:" + listener.getAddress().getPort() + "/events>").header("NT", "upnp:event")
                    .header("TIMEOUT", "Second-300").build(), HttpResponse.BodyHandlers.discarding());
            assertThat(subscribed.statusCode()).isEqualTo(200);
            assertThat(subscribed.headers().firstValue("SID")).hasValueSatisfying(sid -> assertThat(sid).startsWith("uuid:"));

            long before = server.systemUpdateId().orElseThrow();
            Map<String, String> initial = properties(events.poll(WAIT_SECONDS, TimeUnit.SECONDS));
            assertThat(initial).containsEntry("SystemUpdateID", Long.toString(before)).containsKey("ContainerUpdateIDs");

            scratch = ScratchAlbum.copy("Björk Sigurdóttir/Hvísl (2018)", "Hvísl");
            ScratchAlbum.scan(scanner, runs, ScanKind.QUICK, scratch);

            Map<String, String> changed = nextWith("SystemUpdateID", events);
            long after = Long.parseLong(changed.get("SystemUpdateID"));
            assertThat(after).isGreaterThan(before);
            Map<String, String> containers = changed.containsKey("ContainerUpdateIDs") ? changed : nextWith("ContainerUpdateIDs", events);
            assertThat(containers).as("the event %s", changed).isNotNull();
            assertThat(containers.get("ContainerUpdateIDs")).isEqualTo("0," + after);
            assertThat(client.children("0").updateId()).isEqualTo(after);
        } finally {
            listener.stop(0);
            if (scratch != null) {
                String path = scratch.toString();
                List<UUID> tracks = QuarkusTransaction.requiringNew().call(() -> Track.<Track>list("folder.path", path).stream().map(t -> t.id).toList());
                ScratchAlbum.forget(store, tracks, scratch);
            }
        }
    }

    private static Map<String, String> nextWith(String variable, BlockingQueue<String> events) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        List<String> others = new java.util.ArrayList<>();
        while (System.nanoTime() < deadline) {
            String event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && properties(event).containsKey(variable)) {
                return properties(event);
            }
            others.add(event);
        }
        throw new AssertionError("No event with " + variable + " within " + WAIT_SECONDS + " s; got " + others);
    }

    /** The evented variables of one NOTIFY body (a propertyset). */
    private static Map<String, String> properties(String propertySet) throws Exception {
        assertThat(propertySet).as("an event").isNotNull();
        Map<String, String> values = new java.util.HashMap<>();
        List<Element> properties = UpnpClient.elements(UpnpClient.parse(propertySet).getDocumentElement(), "urn:schemas-upnp-org:event-1-0",
                "property");
        for (Element property : properties) {
            for (org.w3c.dom.Node n = property.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    values.put(e.getLocalName(), e.getTextContent());
                }
            }
        }
        return values;
    }

}
