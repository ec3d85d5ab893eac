package dev.fidelio.audio.resample;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Designed filters, kept for the life of the server: designing one takes milliseconds and its table up to a few
 * hundred kilobytes, and a server only ever meets a handful of rate pairs, so every stream between the same rates
 * shares one read-only table.
 */
final class PolyphaseFilters {

    private static final Map<StageSpec, PolyphaseFilter> CACHE = new ConcurrentHashMap<>();

    private PolyphaseFilters() {
    }

    static PolyphaseFilter forSpec(StageSpec spec) {
        return CACHE.computeIfAbsent(spec, PolyphaseFilter::design);
    }
}
