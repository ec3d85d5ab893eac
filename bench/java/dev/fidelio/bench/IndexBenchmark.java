package dev.fidelio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fidelio.testsupport.ServerProcess;
import dev.fidelio.testsupport.TestFiles;

/**
 * Measures the indexer on a generated corpus of N tiny tagged FLAC files, through the packaged server as users run
 * it: first scan (the one the server starts with), a rescan with nothing changed, a rescan after 1% of the files
 * changed, and the server's peak RSS and heap. Scan times are the server's own (scan_run start and finish). While
 * the first scan runs, {@link BrowseProbe} browses and reports its latency (median / 99th percentile / worst).
 *
 * <p>Usage: {@code ./mvnw -Pbench} (N = 10000 and 100000), or {@code -Dbench.sizes=2000}.
 */
public final class IndexBenchmark {

    private static final Pattern HEAP_USED = Pattern.compile("^jvm_memory_used_bytes\\{area=\"heap\".*} (\\S+)$", Pattern.MULTILINE);

    private IndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        List<Integer> sizes = new ArrayList<>();
        for (String size : System.getProperty("bench.sizes", "10000,100000").split(",")) {
            sizes.add(Integer.parseInt(size.strip()));
        }
        System.out.println("| tracks | first scan | tracks/s | no-change rescan | rescan after 1% changed | peak RSS | peak heap "
                + "| browsing during the first scan (p50 / p99 / max) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int n : sizes) {
            System.out.println(run(work.resolve("n" + n), n));
        }
    }

    private static String run(Path work, int n) throws Exception {
        TestFiles.deleteTree(work);
        Path corpus = BenchCorpus.write(work.resolve("music"), n);
        Map<String, String> env = BenchApi.serverEnvironment(corpus, work.resolve("data"));
        // -Dbench.jfr=true records a flight recording of the server, to see where a scan spends its time.
        if (Boolean.getBoolean("bench.jfr")) {
            env.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=filename=" + work.resolve("server.jfr"));
        }
        try (ServerProcess server = ServerProcess.start(env, work).awaitHealthy()) {
            String token = BenchApi.login(server);
            HeapSampler heap = new HeapSampler(server, token);
            double first;
            String browsing;
            try (BrowseProbe browse = BrowseProbe.start(work.resolve("data"))) {
                first = BenchApi.awaitScan(server, token, 1, heap::sample);
                browsing = browse.summary();
            }
            double unchanged = scan(server, token, heap, 2);
            List<Path> files;
            try (var walk = Files.walk(corpus)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            FileTime later = FileTime.fromMillis(System.currentTimeMillis() + 60_000);
            for (int i = 0; i < files.size(); i += 100) {
                Files.setLastModifiedTime(files.get(i), later);
            }
            double onePercent = scan(server, token, heap, 3);
            long peakRssKb = peakRssKb(server.pid());
            server.stop();
            return String.format("| %,d | %.1f s | %,.0f | %.2f s | %.2f s | %,d MB | %,d MB | %s |", n, first, n / first, unchanged,
                    onePercent, peakRssKb / 1024, heap.peakBytes / (1024 * 1024), browsing);
        }
    }

    private static double scan(ServerProcess server, String token, HeapSampler heap, int expectedId) throws Exception {
        BenchApi.send(server, "POST", "api/library/scans?kind=quick", token, "");
        return BenchApi.awaitScan(server, token, expectedId, heap::sample);
    }

    private static long peakRssKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(l -> l.startsWith("VmHWM:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(-1);
    }

    /** The heap in use, summed over the pools, at its highest among the samples taken while scans ran. */
    private static final class HeapSampler {
        private final ServerProcess server;
        private final String token;
        long peakBytes;

        HeapSampler(ServerProcess server, String token) {
            this.server = server;
            this.token = token;
        }

        void sample() throws Exception {
            String metrics = BenchApi.send(server, "GET", "q/metrics", token, null).body();
            Matcher m = HEAP_USED.matcher(metrics);
            double used = 0;
            while (m.find()) {
                used += Double.parseDouble(m.group(1));
            }
            peakBytes = Math.max(peakBytes, (long) used);
        }
    }
}
