package dev.fidelio.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** How benchmarks report latencies: median, 99th percentile and worst. */
final class Latencies {

    private Latencies() {
    }

    /** "p50 / p99 / max ms" of {@code millis}, which must not be empty. */
    static String summary(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("%.1f / %.1f / %.1f ms", percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }
}
