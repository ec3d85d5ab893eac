package dev.fidelio.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

import dev.fidelio.library.ItemKind;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.library.search.RankedSearch;
import dev.fidelio.library.search.SearchPage;
import dev.fidelio.testsupport.ServerProcess;
import dev.fidelio.testsupport.TestFiles;

/**
 * Measures library search on a generated library of N tracks with varied names ({@link VariedNames}): the packaged
 * server indexes it, then the search runs on the server's database as {@code LibrarySearch} runs it (one query for
 * the words and their corrections, one per kind), a page of 20 artists, albums, works and tracks each. Reports the
 * latency by kind of query, median / 99th percentile / worst, for an account that sees everything and for one
 * restricted to a list of libraries. It measures the settled library: what autovacuum does after a first scan
 * (merging the GIN indexes' pending entries, statistics) is done first, as {@code VACUUM ANALYZE}.
 *
 * <p>Usage: {@code ./mvnw -Pbench -Dbench.main=dev.fidelio.bench.SearchBenchmark} (N = 10000 and 100000), or
 * {@code -Dbench.sizes=2000}.
 */
public final class SearchBenchmark {

    private static final int QUERIES_PER_KIND = 20;
    private static final int ROUNDS = 20;
    private static final SearchPage PAGE = new SearchPage(0, 20);

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        System.out.println("| tracks | query | example | all libraries: p50 / p99 / max | restricted account: p50 / p99 / max |");
        System.out.println("|---|---|---|---|---|");
        for (String size : System.getProperty("bench.sizes", "10000,100000").split(",")) {
            run(work.resolve("search-n" + size.strip()), Integer.parseInt(size.strip()));
        }
    }

    private static void run(Path work, int n) throws Exception {
        TestFiles.deleteTree(work);
        Path corpus = BenchCorpus.write(work.resolve("music"), n, VariedNames::tags);
        try (ServerProcess server = ServerProcess.start(BenchApi.serverEnvironment(corpus, work.resolve("data")), work).awaitHealthy()) {
            BenchApi.awaitScan(server, BenchApi.login(server), 1, () -> {
            });
            try (Connection connection = ServerDatabase.connect(work.resolve("data"))) {
                try (Statement settle = connection.createStatement()) {
                    settle.execute("VACUUM ANALYZE");
                }
                VisibleLibraries restricted = VisibleLibraries.only(Set.of(musicFolder(connection)));
                Map<String, List<String>> queries = queries(n);
                List<Double> allAll = new ArrayList<>();
                List<Double> allRestricted = new ArrayList<>();
                for (Map.Entry<String, List<String>> kind : queries.entrySet()) {
                    List<Double> everything = time(connection, kind.getValue(), VisibleLibraries.ALL);
                    List<Double> some = time(connection, kind.getValue(), restricted);
                    allAll.addAll(everything);
                    allRestricted.addAll(some);
                    System.out.printf("| %,d | %s | `%s` | %s | %s |%n", n, kind.getKey(), kind.getValue().get(0), Latencies.summary(everything),
                            Latencies.summary(some));
                }
                System.out.printf("| %,d | **all of the above** | | %s | %s |%n", n, Latencies.summary(allAll), Latencies.summary(allRestricted));
            }
            server.stop();
        }
    }

    /** The kinds of query a listener types, each with examples drawn from the generated library. */
    private static Map<String, List<String>> queries(int n) {
        Random random = new Random(7);
        int artists = Math.max(1, n / (BenchCorpus.TRACKS_PER_ALBUM * BenchCorpus.ALBUMS_PER_ARTIST));
        int albums = Math.max(1, n / BenchCorpus.TRACKS_PER_ALBUM);
        Map<String, List<String>> queries = new LinkedHashMap<>();
        queries.put("artist name", examples(i -> VariedNames.artist(random.nextInt(artists))));
        queries.put("first 3 letters of a surname", examples(i -> surname(random.nextInt(artists)).substring(0, 3)));
        queries.put("surname with a letter missing", examples(i -> {
            String surname = surname(random.nextInt(artists));
            int at = 1 + random.nextInt(surname.length() - 2);
            return surname.substring(0, at) + surname.substring(at + 1);
        }));
        queries.put("album title", examples(i -> VariedNames.albumTitle(random.nextInt(albums))));
        queries.put("a word of a track title", examples(i -> pick(random, VariedNames.title(nonClassicalTrack(random, n)))));
        queries.put("surname and a word of a title", examples(i -> {
            int track = nonClassicalTrack(random, n);
            return surname(track / BenchCorpus.TRACKS_PER_ALBUM / BenchCorpus.ALBUMS_PER_ARTIST) + " "
                    + pick(random, VariedNames.title(track));
        }));
        queries.put("catalogue number", examples(i -> {
            String work = VariedNames.work(random.nextInt(albums));
            String catalogue = work.substring(work.lastIndexOf(", ") + 2);
            return i % 2 == 0 ? catalogue : catalogue.replace(". ", "").replace(" ", "").toLowerCase();
        }));
        queries.put("the most common word", examples(i -> VariedNames.commonWord()));
        queries.put("nothing matches", examples(i -> "Zyxqvw" + i));
        return queries;
    }

    private static List<String> examples(IntFunction<String> example) {
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < QUERIES_PER_KIND; i++) {
            examples.add(example.apply(i));
        }
        return examples;
    }

    private static String surname(int artist) {
        String name = VariedNames.artist(artist);
        return name.substring(name.indexOf(' ') + 1);
    }

    private static int nonClassicalTrack(Random random, int n) {
        int track;
        do {
            track = random.nextInt(n);
        } while (VariedNames.composer(track / BenchCorpus.TRACKS_PER_ALBUM / BenchCorpus.ALBUMS_PER_ARTIST));
        return track;
    }

    private static String pick(Random random, String title) {
        String[] words = title.split(" ");
        return words[random.nextInt(words.length)];
    }

    /** Milliseconds per search, each query {@link #ROUNDS} times after one round to warm up. */
    private static List<Double> time(Connection connection, List<String> queries, VisibleLibraries visible) throws Exception {
        Map<ItemKind, SearchPage> pages = new EnumMap<>(ItemKind.class);
        for (ItemKind kind : ItemKind.values()) {
            pages.put(kind, PAGE);
        }
        RankedSearch search = new RankedSearch(connection);
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            for (String query : queries) {
                long start = System.nanoTime();
                search.run(query, visible, pages);
                if (round > 0) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        return millis;
    }

    private static long musicFolder(Connection connection) throws Exception {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM music_folder")) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
