package dev.fidelio.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.fidelio.library.LibraryStore;
import dev.fidelio.testmusic.Manifest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Cursor pages: every item once, in order, also when a scan adds rows between two pages. */
@QuarkusTest
class PaginationTest extends GraphQLTestSupport {

    private static final String PAGE = "query($first: Int, $after: String, $s: SortKey, $d: Boolean, $f: ListFilter) {"
            + " %s(first: $first, after: $after, sort: $s, descending: $d, filter: $f) {"
            + " edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }";
    private static final String UNSORTED_PAGE = "query($first: Int, $after: String, $f: ListFilter) { %s(first: $first, after: $after, filter: $f) {"
            + " edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }";

    @Inject
    LibraryStore store;

    @Test
    void smallPagesTogetherAreTheOneBigPage() {
        for (String sort : List.of("NAME", "SORT_NAME", "YEAR", "ADDED", "PLAY_COUNT")) {
            List<String> whole = ids(page("tracks", 500, null, sort, null, sampleOnly()));
            assertThat(whole).hasSize(Manifest.load().tracks().size());
            assertThat(walk("tracks", 7, sort, null, sampleOnly(), () -> {
            })).as("tracks by %s", sort).isEqualTo(whole);
        }
        List<String> albums = ids(page("albums", 500, null, "YEAR", true, sampleOnly()));
        assertThat(walk("albums", 3, "YEAR", true, sampleOnly(), () -> {
        })).isEqualTo(albums);
    }

    @Test
    void aRandomOrderPagesStablyThroughItsSeed() {
        JsonPath first = page("albums", 3, null, "RANDOM", null, sampleOnly());
        String cursor = first.getString("pageInfo.endCursor");
        assertThat(ids(page("albums", 3, cursor, "RANDOM", null, sampleOnly())))
                .as("the same cursor gives the same page").isEqualTo(ids(page("albums", 3, cursor, "RANDOM", null, sampleOnly())));
        List<String> walked = walk("albums", 3, "RANDOM", null, sampleOnly(), () -> {
        });
        assertThat(walked).hasSize(10).doesNotHaveDuplicates();
        assertThat(walked).containsExactlyInAnyOrderElementsOf(ids(page("albums", 100, null, "NAME", null, sampleOnly())));
    }

    @Test
    void rowsAScanAddsBetweenPagesNeitherRepeatNorHideOthers() throws Exception {
        List<String> before = ids(page("albums", 500, null, "NAME", null, null));
        List<String> beforeTracks = ids(page("tracks", 500, null, "NAME", null, null));
        List<ScratchLibrary> added = new ArrayList<>();
        try {
            List<String> walked = walk("albums", 3, "NAME", null, null, () -> {
                if (added.isEmpty()) {
                    try {
                        added.add(ScratchLibrary.create(30, scanner, runs, store));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            assertThat(walked).doesNotHaveDuplicates().containsAll(before);
            assertThat(walked.size()).isBetween(before.size(), before.size() + 3);

            List<String> newest = ids(page("recentlyAddedAlbums", 3, null, null, null, null));
            assertThat(newest).as("the albums just indexed are the most recently added").doesNotContainAnyElementsOf(before);

            List<String> tracks = walk("tracks", 25, "NAME", null, null, () -> {
            });
            assertThat(tracks).doesNotHaveDuplicates().containsAll(beforeTracks).hasSize(beforeTracks.size() + 30);
        } finally {
            added.forEach(ScratchLibrary::close);
        }
    }

    @Test
    void aCursorBelongsToItsOrder() {
        String cursor = page("albums", 2, null, "NAME", null, sampleOnly()).getString("pageInfo.endCursor");
        assertThat(admin.errors(PAGE.formatted("albums"), "first", 2, "after", cursor, "s", "YEAR"))
                .containsExactly("This cursor belongs to a listing sorted by NAME ascending; ask for the first page again");
        JsonPath second = page("albums", 2, cursor, "NAME", null, sampleOnly());
        assertThat(second.getBoolean("pageInfo.hasPreviousPage")).isTrue();
    }

    /** Walks a listing page by page, running {@code between} after each page; returns the ids in order. */
    private List<String> walk(String field, int size, String sort, Boolean descending, Map<String, Object> filter, Runnable between) {
        List<String> ids = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 1000; pages++) {
            JsonPath page = page(field, size, after, sort, descending, filter);
            List<String> pageIds = ids(page);
            assertThat(pageIds.size()).isLessThanOrEqualTo(size);
            ids.addAll(pageIds);
            between.run();
            if (!page.getBoolean("pageInfo.hasNextPage")) {
                return ids;
            }
            after = page.getString("pageInfo.endCursor");
            assertThat(after).isEqualTo(page.getList("edges.cursor").get(pageIds.size() - 1));
        }
        throw new AssertionError("More than 1000 pages");
    }

    private JsonPath page(String field, int size, String after, String sort, Boolean descending, Map<String, Object> filter) {
        JsonPath answer = sort == null
                ? admin.data(UNSORTED_PAGE.formatted(field), "first", size, "after", after, "f", filter)
                : admin.data(PAGE.formatted(field), "first", size, "after", after, "s", sort, "d", descending, "f", filter);
        return answer.setRootPath("data." + field);
    }

    private static List<String> ids(JsonPath page) {
        return page.getList("edges.node.id");
    }
}
