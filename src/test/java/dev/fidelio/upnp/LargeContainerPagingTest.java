package dev.fidelio.upnp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import dev.fidelio.testsupport.TinyFlac;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Containers larger than a page: 1,200 albums and one folder of 1,200 tracks, walked the way control points do (a
 * page at a time, and by jumping to a StartingIndex), every child once and in a stable order.
 */
@QuarkusTest
@TestProfile(UpnpTestProfile.class)
class LargeContainerPagingTest {

    private static final int FILES = 1_200;

    @Inject
    MediaServer server;

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @Inject
    LibraryStore store;

    @Test
    void thousandsOfChildrenPageCompletelyAndJumpsLandWhereAsked() throws Exception {
        Scans.awaitIdle(scanner, runs);
        Path scratch = Files.createTempDirectory("fidelio-upnp-paging");
        try {
            Path folder = Files.createDirectories(scratch.resolve("many"));
            for (int i = 0; i < FILES; i++) {
                TinyFlac.write(folder.resolve(String.format("%04d.flac", i)), Map.of("TITLE", List.of("Page track " + i), "ARTIST", List.of("Pager"),
                        "ALBUM", List.of(String.format("Paging %04d", i)), "ALBUMARTIST", List.of("Pager")), i);
            }
            ScratchAlbum.scan(scanner, runs, ScanKind.QUICK, scratch);
            UpnpClient client = new UpnpClient(server);

            List<String> albums = walk(client, "albums/a-z", 10 + FILES);
            assertThat(albums).doesNotHaveDuplicates().hasSize(10 + FILES);
            assertThat(client.browse("albums/a-z", "BrowseDirectChildren", 1_100, 50, "").titles()).isEqualTo(albums.subList(1_100, 1_150));
            UpnpClient.Answer all = client.browse("albums/a-z", "BrowseDirectChildren", 0, 0, "");
            assertThat(all.numberReturned()).as("a request for everything is answered a page at a time").isEqualTo(500);
            assertThat(all.totalMatches()).isEqualTo(10 + FILES);

            Element root = client.children("folders").containers().stream().filter(f -> UpnpClient.text(f, DidlWriter.DC, "title")
                    .equals(scratch.getFileName().toString())).findFirst().orElseThrow();
            String many = client.children(root.getAttribute("id")).byTitle("many").getAttribute("id");
            List<String> tracks = walk(client, many, FILES);
            assertThat(tracks).doesNotHaveDuplicates().hasSize(FILES).startsWith("Page track 0").endsWith("Page track " + (FILES - 1));
            assertThat(client.browse(many, "BrowseDirectChildren", 1_150, 100, "").titles()).isEqualTo(tracks.subList(1_150, FILES));
        } finally {
            String path = scratch.toString();
            List<UUID> tracks = QuarkusTransaction.requiringNew().call(() -> Track.<Track>list("folder.path", path).stream().map(t -> t.id).toList());
            ScratchAlbum.forget(store, tracks, scratch);
        }
    }

    /** Every child's title, 200 at a time, checking TotalMatches on each page. */
    private static List<String> walk(UpnpClient client, String container, long expected) throws Exception {
        List<String> titles = new ArrayList<>();
        for (int page = 0; page < 100 && titles.size() < expected; page++) {
            UpnpClient.Answer answer = client.browse(container, "BrowseDirectChildren", titles.size(), 200, "");
            assertThat(answer.totalMatches()).isEqualTo(expected);
            assertThat(answer.numberReturned()).isPositive();
            titles.addAll(answer.titles());
        }
        return titles;
    }

}
