package dev.fidelio.upnp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.ScanRuns;
import dev.fidelio.index.Scans;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Search over SOAP with the criteria real control points send. */
@QuarkusTest
@TestProfile(UpnpTestProfile.class)
class ContentDirectorySearchTest {

    @Inject
    MediaServer server;

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    UpnpClient client;

    @BeforeEach
    void indexed() throws Exception {
        Scans.awaitIdle(scanner, runs);
        client = new UpnpClient(server);
    }

    @Test
    void bubbleUpnpSearchesAlbumsArtistsAndTracksApart() throws Exception {
        UpnpClient.Answer albums = client.search("(upnp:class derivedfrom \"object.container.album.musicAlbum\" and dc:title contains \"jokuls\")", 0, 50);
        assertThat(albums.titles()).containsExactly("Jökulsárlón");
        Element album = albums.only();
        assertThat(client.children(album.getAttribute("id")).totalMatches()).isEqualTo(4);

        UpnpClient.Answer artists = client.search("(upnp:class = \"object.container.person.musicArtist\" and dc:title contains \"Björk\")", 0, 50);
        assertThat(artists.titles()).containsExactly("Björk Sigurdóttir");
        assertThat(client.children(artists.only().getAttribute("id")).titles()).contains("Jökulsárlón", "Hvísl");

        UpnpClient.Answer tracks = client.search("(upnp:class derivedfrom \"object.item.audioItem\" and dc:title contains \"Largo\")", 0, 50);
        assertThat(tracks.items()).hasSize(2);
        assertThat(tracks.totalMatches()).isEqualTo(2);
        for (Element track : tracks.items()) {
            assertThat(UpnpClient.text(track, DidlWriter.DC, "title")).contains("Largo");
            Element again = client.metadata(track.getAttribute("id")).only();
            assertThat(again.getAttribute("parentID")).isEqualTo(track.getAttribute("parentID"));
            assertThat(UpnpClient.elements(again, DidlWriter.DIDL, "res")).isNotEmpty();
        }
    }

    @Test
    void foobar2000sLongOrOverManyPropertiesIgnoresThoseWeDoNotKeep() throws Exception {
        String x = "\"dvorak\"";
        UpnpClient.Answer found = client.search("dc:title contains " + x + " or upnp:artist contains " + x + " or upnp:album contains " + x
                + " or upnp:genre contains " + x + " or dc:creator contains " + x + " or upnp:author contains " + x
                + " or upnp:userAnnotation contains " + x + " or dc:description contains " + x, 0, 200);
        assertThat(found.titles()).contains("Dvořák: Symphony No. 9 · Smetana: Vltava", "Dvořák: Symphony No. 9 · Cello Concerto", "Antonín Dvořák");
        // Smetana's Vltava is found too: its album's title names Dvořák.
        assertThat(found.items()).hasSize(12).allMatch(t -> UpnpClient.texts(t, DidlWriter.UPNP, "artist").contains("Antonín Dvořák")
                || UpnpClient.text(t, DidlWriter.UPNP, "album").contains("Dvořák"));

        assertThat(client.search("upnp:userAnnotation contains \"x\"", 0, 10).totalMatches()).isZero();
        assertThat(client.search("upnp:userAnnotation exists false and dc:title contains \"Largo\"", 0, 10).totalMatches()).isEqualTo(2);
    }

    @Test
    void classOnlyCriteriaListEverythingOfThatClassInPages() throws Exception {
        long tracks = client.children("albums/a-z").containers().stream().mapToLong(a -> Long.parseLong(a.getAttribute("childCount"))).sum();
        UpnpClient.Answer all = client.search("upnp:class derivedfrom \"object.item.audioItem\"", 0, 0);
        assertThat(all.totalMatches()).isEqualTo(tracks);
        UpnpClient.Answer page = client.search("upnp:class derivedfrom \"object.item.audioItem\"", 20, 10);
        assertThat(page.totalMatches()).isEqualTo(tracks);
        assertThat(page.titles()).isEqualTo(all.titles().subList(20, 30));
        UpnpClient.Answer everything = client.search("*", 0, 0);
        assertThat(everything.totalMatches()).isGreaterThan(tracks + 10);
    }

    @Test
    void groupingAndOperatorsFollowTheGrammar() throws Exception {
        List<String> both = client.search("upnp:class derivedfrom \"object.item\" and (dc:title contains \"Largo\" or dc:title contains \"Vltava\")", 0, 50)
                .titles();
        assertThat(both).hasSize(3).allMatch(t -> t.contains("Largo") || t.contains("Vltava"));
        assertThat(client.search("upnp:class derivedfrom \"object.item\" and dc:title contains \"Largo\" and upnp:album doesNotContain \"Cello\"", 0, 50)
                .titles()).hasSize(1);
        assertThat(client.search("upnp:class derivedfrom \"object.item\" and upnp:album = \"JÖKULSÁRLÓN\"", 0, 50).totalMatches()).isEqualTo(4);
        assertThat(client.search("dc:title contains \"say \\\"hi\\\"\"", 0, 10).totalMatches()).isZero();
    }

    @Test
    void malformedCriteriaAreRefusedWithTheUpnpError() throws Exception {
        for (String bad : List.of("dc:title contains", "dc:title like \"x\"", "(dc:title = \"x\"", "dc:title = \"unclosed", "upnp:class exists maybe")) {
            UpnpClient.Fault fault = client.fault("Search", "ContainerID", "0", "SearchCriteria", bad, "Filter", "*", "StartingIndex", "0",
                    "RequestedCount", "10", "SortCriteria", "");
            assertThat(fault.errorCode()).as(bad).isEqualTo(708);
            assertThat(fault.description()).as(bad).contains("SearchCriteria");
        }
    }
}
