package dev.fidelio.graphql;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.ScanRuns;
import dev.fidelio.index.Scans;
import dev.fidelio.testsupport.TestFiles;

/** What the GraphQL tests share: the sample library indexed, an admin's client, and the sample library's id. */
abstract class GraphQLTestSupport {

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    GraphQL admin;
    String sampleLibrary;

    @BeforeEach
    void indexedAndLoggedIn() {
        Scans.awaitIdle(scanner, runs);
        admin = GraphQL.asAdmin();
        List<Map<String, String>> libraries = admin.data("{ libraries { id path } }").getList("libraries");
        String path = TestFiles.sampleLibrary().toString();
        sampleLibrary = libraries.stream().filter(l -> path.equals(l.get("path"))).findFirst().orElseThrow().get("id");
    }

    /** A filter keeping the sample library only: other tests may index scratch folders meanwhile. */
    Map<String, Object> sampleOnly() {
        return Map.of("libraries", List.of(sampleLibrary));
    }

    /** The id of the sample album with this title. */
    String albumId(String title) {
        List<Map<String, String>> albums = admin.data("query($f: ListFilter) { albums(first: 100, filter: $f) { nodes { id title } } }",
                "f", sampleOnly()).getList("albums.nodes");
        return albums.stream().filter(a -> a.get("title").equals(title)).findFirst().orElseThrow(() -> new AssertionError("No album " + title))
                .get("id");
    }
}
