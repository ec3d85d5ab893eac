package dev.fidelio.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import dev.fidelio.library.LibraryStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Nested fields are loaded per batch, not per item: a page of albums with their artists, track counts and cover
 * art costs the same few statements for 5 albums as for 100. Counted by Hibernate's statistics (enabled for the
 * tests), which see every statement the query services run: they all go through the entity manager. The statistics
 * also see the server's own background statements (the scanner asking for queued scans), so each request is counted
 * as the fewest of three runs: its own statements are the same every time.
 */
@QuarkusTest
class StatementCountTest extends GraphQLTestSupport {

    private static final String GRID = "query($n: Int, $f: ListFilter) { albums(first: $n, filter: $f) { nodes { id title artistName year "
            + "artists { id name } trackCount coverArt { size url } } } }";
    private static final int MAX_STATEMENTS = 8;

    @Inject
    LibraryStore store;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aPageOfAlbumsCostsAFixedNumberOfStatementsWhateverItsSize() throws Exception {
        try (ScratchLibrary scratch = ScratchLibrary.create(1000, scanner, runs, store)) {
            Map<String, Object> filter = Map.of("libraries", List.of(scratch.graphQLId()));
            admin.data(GRID, "n", 100, "f", filter); // logs in and warms up outside the count

            long hundred = statementsOf(() -> {
                JsonPath page = admin.data(GRID, "n", 100, "f", filter);
                assertThat(page.getList("albums.nodes")).hasSize(100);
                assertThat(page.getList("albums.nodes.trackCount")).containsOnly(10);
                assertThat(page.getList("albums.nodes.artists")).allSatisfy(a -> assertThat((List<?>) a).hasSize(1));
                assertThat(page.getList("albums.nodes.coverArt")).doesNotContainNull();
            });
            long five = statementsOf(() -> assertThat(admin.data(GRID, "n", 5, "f", filter).getList("albums.nodes")).hasSize(5));
            long withTracks = statementsOf(() -> assertThat(admin.data("query($f: ListFilter) { albums(first: 100, filter: $f) { nodes { "
                    + "tracks { title artists { name } genres { name } userData { playCount } } userData { starred } } } }", "f", filter)
                    .getList("albums.nodes.tracks.flatten()")).hasSize(1000));

            assertThat(hundred).as("statements for 100 albums").isEqualTo(five).isLessThanOrEqualTo(MAX_STATEMENTS)
                    .as("the count sees the page query, the batches and the login").isGreaterThanOrEqualTo(4);
            assertThat(withTracks).as("1000 tracks with their artists, genres and plays").isLessThanOrEqualTo(MAX_STATEMENTS + 2);
        }
    }

    private long statementsOf(Runnable request) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long before = statistics.getPrepareStatementCount();
            request.run();
            fewest = Math.min(fewest, statistics.getPrepareStatementCount() - before);
        }
        return fewest;
    }
}
