package dev.fidelio.library;

import java.util.concurrent.Flow;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * A hot stream of events for any number of subscribers (GraphQL subscriptions, for one). Publishing never waits for
 * a subscriber: each one is served on a worker thread from a small queue of its own, so a slow subscriber, or one
 * that never asks for anything, costs the publisher (a scan, a stream request) nothing but that queue.
 */
public final class Broadcast<T> {

    /** Items a subscriber that falls behind may have waiting before it loses some. */
    private static final int QUEUE = 64;
    /** Snapshots a subscriber may have waiting: enough that one keeping up sees every change of phase. */
    private static final int SNAPSHOTS = 16;

    private final BroadcastProcessor<T> processor = BroadcastProcessor.create();
    /** Several threads publish (a scan, a timer, request threads); subscribers must see one item at a time. */
    private final Flow.Processor<T, T> serialized = processor.serialized();

    public void publish(T item) {
        serialized.onNext(item);
    }

    /**
     * Every item from the moment of subscription; a subscriber that falls more than a small queue behind misses the
     * newest ones until it catches up. For events each of which matters, whose full record is kept elsewhere.
     */
    public Multi<T> all() {
        return processor.onOverflow().drop().emitOn(Infrastructure.getDefaultExecutor(), QUEUE);
    }

    /**
     * For snapshots, each of which replaces the one before: a subscriber that falls behind loses the ones in between,
     * never the newest.
     */
    public Multi<T> latest() {
        return processor.onOverflow().dropPreviousItems().emitOn(Infrastructure.getDefaultExecutor(), SNAPSHOTS);
    }
}
