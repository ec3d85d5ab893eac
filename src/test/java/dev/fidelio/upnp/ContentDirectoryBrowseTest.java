package dev.fidelio.upnp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.ScanRuns;
import dev.fidelio.index.Scans;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Browse over SOAP on loopback: the tree of the sample library, its DIDL-Lite checked field by field. */
@QuarkusTest
@TestProfile(UpnpTestProfile.class)
class ContentDirectoryBrowseTest {

    static final String DC = DidlWriter.DC;
    static final String UPNP = DidlWriter.UPNP;
    static final String DLNA = DidlWriter.DLNA;
    static final String ORIGINAL_FLAGS = "DLNA.ORG_OP=01;DLNA.ORG_CI=0;DLNA.ORG_FLAGS=01700000000000000000000000000000";

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
    void albumsAToZPageByStartingIndexWithTheirTotalAndSortCriteria() throws Exception {
        UpnpClient.Answer all = client.children("albums/a-z");
        assertThat(all.totalMatches()).isEqualTo(10);
        assertThat(all.numberReturned()).isEqualTo(10);
        List<String> titles = all.titles();
        assertThat(titles).contains("Jökulsárlón", "坂本龍一へのオマージュ", "Highlife Sessions");

        UpnpClient.Answer page = client.browse("albums/a-z", "BrowseDirectChildren", 3, 4, "");
        assertThat(page.numberReturned()).isEqualTo(4);
        assertThat(page.totalMatches()).isEqualTo(10);
        assertThat(page.titles()).isEqualTo(titles.subList(3, 7));
        assertThat(client.browse("albums/a-z", "BrowseDirectChildren", 8, 50, "").titles()).isEqualTo(titles.subList(8, 10));
        assertThat(client.browse("albums/a-z", "BrowseDirectChildren", 10, 50, "").numberReturned()).isZero();

        List<String> descending = client.browse("albums/a-z", "BrowseDirectChildren", 0, 0, "-dc:title").titles();
        assertThat(descending).isSortedAccordingTo((a, b) -> b.toLowerCase().compareTo(a.toLowerCase()));
        List<String> byDate = client.browse("albums/by-year", "BrowseDirectChildren", 0, 0, "").containers().stream()
                .map(c -> UpnpClient.text(c, DC, "date")).filter(d -> d != null).toList();
        assertThat(byDate).isSorted();

        Element album = all.byTitle("Northern Tapes");
        assertThat(album.getAttribute("parentID")).isEqualTo("albums/a-z");
        assertThat(album.getAttribute("childCount")).isEqualTo("8");
        assertThat(UpnpClient.text(album, UPNP, "class")).isEqualTo("object.container.album.musicAlbum");
        assertThat(UpnpClient.text(album, DC, "creator")).isEqualTo("Mira Solberg");
        assertThat(UpnpClient.text(album, DC, "date")).isEqualTo("2020-01-01");
        assertThat(UpnpClient.elements(album, UPNP, "albumArtURI")).hasSize(3);
    }

    @Test
    void aHighResolutionTrackHasEveryFieldTheOriginalFirstAndConversionsThatRenderersCanSeekIn() throws Exception {
        Element album = client.children("albums/a-z").byTitle("Jökulsárlón");
        UpnpClient.Answer tracks = client.children(album.getAttribute("id"));
        assertThat(tracks.totalMatches()).isEqualTo(4);
        assertThat(tracks.titles().get(0)).isEqualTo("Ísjaki");
        Element track = tracks.items().get(0);
        assertThat(track.getAttribute("parentID")).isEqualTo(album.getAttribute("id"));
        assertThat(track.getAttribute("id")).startsWith(album.getAttribute("id") + "/");
        assertThat(track.getAttribute("restricted")).isEqualTo("1");
        assertThat(UpnpClient.text(track, UPNP, "class")).isEqualTo("object.item.audioItem.musicTrack");
        assertThat(UpnpClient.text(track, DC, "creator")).isEqualTo("Björk Sigurdóttir");
        assertThat(UpnpClient.text(track, UPNP, "album")).isEqualTo("Jökulsárlón");
        assertThat(UpnpClient.texts(track, UPNP, "genre")).containsExactly("Electronic");
        assertThat(UpnpClient.text(track, UPNP, "originalTrackNumber")).isEqualTo("1");
        assertThat(UpnpClient.text(track, DC, "date")).isEqualTo("2023-02-17");
        assertThat(UpnpClient.elements(track, UPNP, "artist")).extracting(e -> e.getAttribute("role") + ":" + e.getTextContent())
                .contains(":Björk Sigurdóttir", "AlbumArtist:Björk Sigurdóttir");

        List<Element> art = UpnpClient.elements(track, UPNP, "albumArtURI");
        assertThat(art).extracting(e -> e.getAttributeNS(DLNA, "profileID")).containsExactly("JPEG_TN", "JPEG_SM", "");
        assertThat(art.get(0).getTextContent()).contains("size=160").startsWith("http://127.0.0.1:");
        assertThat(client.get(URI.create(art.get(0).getTextContent()), Map.of()).statusCode()).isEqualTo(200);

        List<Element> res = UpnpClient.elements(track, DidlWriter.DIDL, "res");
        assertThat(res).extracting(r -> r.getAttribute("protocolInfo")).containsExactly(
                "http-get:*:audio/flac:" + ORIGINAL_FLAGS,
                "http-get:*:audio/flac:DLNA.ORG_OP=00;DLNA.ORG_CI=1;DLNA.ORG_FLAGS=01700000000000000000000000000000",
                "http-get:*:audio/flac:DLNA.ORG_OP=00;DLNA.ORG_CI=1;DLNA.ORG_FLAGS=01700000000000000000000000000000",
                "http-get:*:audio/wav:DLNA.ORG_OP=00;DLNA.ORG_CI=1;DLNA.ORG_FLAGS=01700000000000000000000000000000",
                "http-get:*:audio/L16;rate=48000;channels=2:DLNA.ORG_PN=LPCM;DLNA.ORG_OP=00;DLNA.ORG_CI=1;DLNA.ORG_FLAGS=01700000000000000000000000000000");
        assertThat(res).extracting(r -> r.getAttribute("sampleFrequency")).containsExactly("192000", "96000", "48000", "192000", "48000");
        assertThat(res).extracting(r -> r.getAttribute("bitsPerSample")).containsExactly("24", "24", "16", "24", "16");
        assertThat(res).extracting(r -> r.getAttribute("nrAudioChannels")).containsOnly("2");
        assertThat(res).extracting(r -> r.getAttribute("duration")).containsOnly("0:00:02.000");
        Element original = res.get(0);
        assertThat(Long.parseLong(original.getAttribute("bitrate"))).isPositive();
        assertThat(res.get(1).hasAttribute("size")).as("a FLAC conversion's length is not known beforehand").isFalse();
        assertThat(res.get(4).getAttribute("bitrate")).isEqualTo(Long.toString(48_000L * 2 * 2));

        // What a renderer does first: HEAD, then GET; the announced size is the real length, and nothing is 206 unasked.
        for (Element exact : List.of(original, res.get(3), res.get(4))) {
            var head = client.head(URI.create(exact.getTextContent()));
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValue("Content-Length")).hasValue(exact.getAttribute("size"));
        }
        var range = client.get(URI.create(original.getTextContent()), Map.of("Range", "bytes=100-199"));
        assertThat(range.statusCode()).isEqualTo(206);
    }

    @Test
    void composersOpenToWorksThenPerformancesThenMovements() throws Exception {
        Element dvorak = client.children("composers").byTitle("Antonín Dvořák");
        assertThat(UpnpClient.text(dvorak, UPNP, "class")).isEqualTo("object.container.person.musicArtist");
        UpnpClient.Answer works = client.children(dvorak.getAttribute("id"));
        Element symphony = works.containers().stream().filter(w -> UpnpClient.text(w, DC, "title").contains("Symphony No. 9")).findFirst()
                .orElseThrow(() -> new AssertionError("No symphony among " + works.titles()));
        UpnpClient.Answer performances = client.children(symphony.getAttribute("id"));
        assertThat(performances.totalMatches()).isEqualTo(2);
        assertThat(performances.titles().get(0)).contains("Tomáš Hrubý").endsWith("(2017)");
        assertThat(performances.titles().get(1)).contains("Margarethe Lindqvist").endsWith("(2022)");
        Element hruby = performances.containers().get(0);
        assertThat(hruby.getAttribute("childCount")).isEqualTo("4");
        UpnpClient.Answer movements = client.children(hruby.getAttribute("id"));
        assertThat(movements.items()).extracting(m -> UpnpClient.text(m, UPNP, "originalTrackNumber")).containsExactly("1", "2", "3", "4");
        Element first = movements.items().get(0);
        assertThat(UpnpClient.elements(first, UPNP, "artist")).extracting(e -> e.getAttribute("role") + ":" + e.getTextContent())
                .contains("Composer:Antonín Dvořák", ":Prague Riverside Philharmonic", ":Tomáš Hrubý");

        UpnpClient.Answer self = client.metadata(first.getAttribute("id"));
        assertThat(self.only().getAttribute("parentID")).isEqualTo(hruby.getAttribute("id"));
        assertThat(UpnpClient.text(self.only(), DC, "title")).isEqualTo(UpnpClient.text(first, DC, "title"));
    }

    @Test
    void multiValuedArtistsAreOneElementEach() throws Exception {
        Element sampler = client.children("albums/a-z").byTitle("Harbour Lights: A Driftwood Records Sampler");
        Element glassCoast = client.children(sampler.getAttribute("id")).byTitle("Glass Coast");
        assertThat(UpnpClient.elements(glassCoast, UPNP, "artist")).filteredOn(e -> e.getAttribute("role").isEmpty())
                .extracting(Element::getTextContent).containsExactly("Mira Solberg", "Jonas Reyes");
        assertThat(UpnpClient.text(glassCoast, DC, "creator")).isEqualTo("Mira Solberg, Jonas Reyes");
    }

    @Test
    void everyIndexBrowsesAndHiResHoldsOnlyWhatIsFinerThanCd() throws Exception {
        for (Element index : client.children("0").containers()) {
            UpnpClient.Answer children = client.children(index.getAttribute("id"));
            assertThat(children.numberReturned()).as(index.getAttribute("id")).isEqualTo((int) Math.min(children.totalMatches(), 500));
            for (Element child : children.containers().subList(0, Math.min(2, children.containers().size()))) {
                assertThat(client.metadata(child.getAttribute("id")).only().getAttribute("id")).isEqualTo(child.getAttribute("id"));
                assertThat(client.children(child.getAttribute("id")).totalMatches()).as(child.getAttribute("id")).isPositive();
            }
        }
        assertThat(client.children("hi-res").titles()).containsExactlyInAnyOrder("Jökulsárlón", "Dvořák: Symphony No. 9 · Cello Concerto", "Hvísl");
        Element classical = client.children("genres").byTitle("Classical");
        assertThat(client.children(classical.getAttribute("id")).titles()).containsExactly("Artists", "Albums");
        assertThat(client.children(classical.getAttribute("id") + "/albums").titles()).hasSize(2);
        assertThat(client.children("albums/recently-added").totalMatches()).isEqualTo(10);
    }

    @Test
    void foldersListSubfoldersThenTracks() throws Exception {
        UpnpClient.Answer roots = client.children("folders");
        assertThat(roots.containers()).isNotEmpty();
        Element library = roots.containers().get(0);
        assertThat(UpnpClient.text(library, UPNP, "class")).isEqualTo("object.container.storageFolder");
        UpnpClient.Answer artists = client.children(library.getAttribute("id"));
        Element bjork = artists.byTitle("Björk Sigurdóttir");
        assertThat(bjork.getAttribute("parentID")).isEqualTo(library.getAttribute("id"));
        Element jokulsarlon = client.children(bjork.getAttribute("id")).byTitle("Jökulsárlón (2023) [24-192]");
        UpnpClient.Answer files = client.children(jokulsarlon.getAttribute("id"));
        assertThat(files.items()).hasSize(4);
        assertThat(client.browse(jokulsarlon.getAttribute("id"), "BrowseDirectChildren", 1, 2, "").titles()).isEqualTo(files.titles().subList(1, 3));
    }

    @Test
    void aRendererProfileCapsWhatIsOfferedAndSpellsTheTypesItsWay() throws Exception {
        Element album = client.children("albums/a-z").byTitle("Jökulsárlón");
        Element track = client.browse(album.getAttribute("id"), "BrowseDirectChildren", 0, 1, "", Map.of("User-Agent", "Linux UPnP/1.0 Sonos/70.3"))
                .items().get(0);
        List<Element> res = UpnpClient.elements(track, DidlWriter.DIDL, "res");
        assertThat(res.get(0).getAttribute("protocolInfo")).startsWith("http-get:*:audio/x-flac:DLNA.ORG_OP=00;DLNA.ORG_CI=1");
        assertThat(res).extracting(r -> Integer.parseInt(r.getAttribute("sampleFrequency"))).allMatch(rate -> rate <= 48_000);
        assertThat(res.get(0).getAttribute("sampleFrequency")).isEqualTo("48000");
        assertThat(res.get(0).getAttribute("bitsPerSample")).isEqualTo("24");
        assertThat(UpnpClient.elements(track, UPNP, "albumArtURI").get(1).getTextContent()).contains("size=300");
    }

    @Test
    void badRequestsGetUpnpErrorsNotCrashes() throws Exception {
        assertThat(client.fault("Browse", "ObjectID", "albums/a-z/not-an-id", "BrowseFlag", "BrowseMetadata", "Filter", "*", "StartingIndex", "0",
                "RequestedCount", "0", "SortCriteria", "").errorCode()).isEqualTo(701);
        assertThat(client.fault("Browse", "ObjectID", "0", "BrowseFlag", "BrowseSideways", "Filter", "*", "StartingIndex", "0",
                "RequestedCount", "0", "SortCriteria", "").errorCode()).as("a BrowseFlag that is neither of the two").isEqualTo(402);
        assertThat(client.fault("Browse", "ObjectID", "0", "BrowseFlag", "BrowseDirectChildren", "Filter", "*", "StartingIndex", "many",
                "RequestedCount", "0", "SortCriteria", "").errorCode()).as("jUPnP's own refusal of an argument it cannot read").isEqualTo(501);
        assertThat(client.browse("albums/a-z", "BrowseDirectChildren", 0, 3, "+upnp:nonsense,-dc:title").numberReturned()).isEqualTo(3);
    }
}
