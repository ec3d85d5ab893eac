package dev.fidelio.stream;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Conversions running now, as the gauge {@code fidelio_stream_conversions_active}: each holds a decoder, filters and
 * a thread, so one that outlives its client is a leak worth seeing.
 */
@ApplicationScoped
public class ActiveConversions {

    private final AtomicInteger active = new AtomicInteger();

    ActiveConversions(MeterRegistry registry) {
        registry.gauge("fidelio.stream.conversions.active", active);
    }

    void started() {
        active.incrementAndGet();
    }

    void finished() {
        active.decrementAndGet();
    }
}
