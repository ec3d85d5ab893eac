package dev.fidelio.subsonic.bookmarks;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.Child;

/**
 * The caller's saved play queue, with {@code current} the id of the current song. Subsonic's schema types it as a
 * number, from the days of numeric ids; every id here is a UUID, as OpenSubsonic's errata allows, and old clients
 * read it as text. No saved queue is an empty answer, as OpenSubsonic asks.
 */
@ApplicationScoped
public class GetPlayQueue implements SubsonicMethod {

    record PlayQueue(String current, Long position, String username, Instant changed, String changedBy, List<Child> entry) {
    }

    private final QueueAnswers queues;

    GetPlayQueue(QueueAnswers queues) {
        this.queues = queues;
    }

    @Override
    public String name() {
        return "getPlayQueue";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        return queues.get(request).map(saved -> Payload.of("playQueue", new PlayQueue(
                saved.current() == null ? null : saved.songs().get(saved.current()).id(), saved.positionMillis(),
                request.caller().username(), saved.changed(), saved.changedBy(), saved.songs()))).orElse(Payload.EMPTY);
    }
}
