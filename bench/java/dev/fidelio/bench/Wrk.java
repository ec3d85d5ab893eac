package dev.fidelio.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load from wrk as the HTTP benchmarks make it: 8 connections on 2 threads, keep-alive, on loopback; warmed up in
 * rounds of 10 s until a round's rate is within 5% of the round before (at most {@value #MAX_WARM_UP_ROUNDS} rounds),
 * then 30 s measured; the rate and the latency percentiles wrk reports. Any non-2xx answer or socket error fails the
 * run. Needs wrk (Debian's package of that name).
 *
 * <p>The warm-up runs to a steady state because on two cores the JIT takes minutes, not seconds, to compile a
 * request's code paths (GraphQL's execution, Hibernate, the HTTP stack): the album grid doubled its rate between the
 * second and the fifth round. A server that runs for days is measured as it then is.
 */
final class Wrk {

    private static final String CONNECTIONS = "8";
    private static final String THREADS = "2";
    private static final String WARM_UP = "10s";
    private static final int MAX_WARM_UP_ROUNDS = 12;
    private static final double STEADY = 0.05;
    private static final String DURATION = "30s";
    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|75|90|99)%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

    /** The header of a table of {@link #row}s, after the columns that say what was measured. */
    static final String HEADER = "requests/s | p50 | p75 | p90 | p99 |";

    private Wrk() {
    }

    /**
     * Warms up, then measures {@code url}.
     *
     * @param script a Lua script setting the method, headers and body, or null for plain GETs
     * @return "requests/s | p50 | p75 | p90 | p99 |"
     */
    static String measure(String url, Path script) throws Exception {
        double previous = rate(run(url, script, WARM_UP));
        for (int round = 1; round < MAX_WARM_UP_ROUNDS; round++) {
            double current = rate(run(url, script, WARM_UP));
            if (Math.abs(current - previous) <= STEADY * previous) {
                break;
            }
            previous = current;
        }
        String output = run(url, script, DURATION);
        List<String> percentiles = new ArrayList<>();
        Matcher p = PERCENTILE.matcher(output);
        while (p.find()) {
            percentiles.add(p.group(2) + " " + p.group(3).replace("us", "µs"));
        }
        return String.format(Locale.ROOT, "%,.0f | %s |", rate(output), String.join(" | ", percentiles));
    }

    private static double rate(String output) {
        Matcher requests = REQUESTS.matcher(output);
        if (!requests.find()) {
            throw new IllegalStateException("No rate in wrk's output:\n" + output);
        }
        return Double.parseDouble(requests.group(1));
    }

    private static String run(String url, Path script, String duration) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t", THREADS, "-c", CONNECTIONS, "-d", duration, "--latency",
                "--timeout", "10s"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(2, TimeUnit.MINUTES);
        if (output.contains("Non-2xx") || output.contains("Socket errors")) {
            throw new IllegalStateException("Errors under load:\n" + output);
        }
        return output;
    }
}
