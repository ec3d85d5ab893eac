package dev.fidelio.subsonic.bookmarks;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.OpenSubsonicExtension;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.Child;

/** The caller's saved play queue with the current song by its index, so a song queued twice is told apart. */
@ApplicationScoped
public class GetPlayQueueByIndex implements SubsonicMethod {

    static final OpenSubsonicExtension INDEX_BASED_QUEUE = OpenSubsonicExtension.of("indexBasedQueue", 1);

    record PlayQueueByIndex(Integer currentIndex, Long position, String username, Instant changed, String changedBy,
            List<Child> entry) {
    }

    private final QueueAnswers queues;

    GetPlayQueueByIndex(QueueAnswers queues) {
        this.queues = queues;
    }

    @Override
    public String name() {
        return "getPlayQueueByIndex";
    }

    @Override
    public List<OpenSubsonicExtension> extensions() {
        return List.of(INDEX_BASED_QUEUE);
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        return queues.get(request).map(saved -> Payload.of("playQueueByIndex", new PlayQueueByIndex(saved.current(),
                saved.positionMillis(), request.caller().username(), saved.changed(), saved.changedBy(), saved.songs())))
                .orElse(Payload.EMPTY);
    }
}
