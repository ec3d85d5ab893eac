package dev.fidelio.subsonic.bookmarks;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/**
 * Saves the caller's play queue: the {@code id}s in order, {@code current} the playing one (its first place in the
 * queue) and {@code position} in it; no ids clears the queue.
 */
@ApplicationScoped
public class SavePlayQueue implements SubsonicMethod {

    private final QueueAnswers queues;

    SavePlayQueue(QueueAnswers queues) {
        this.queues = queues;
    }

    @Override
    public String name() {
        return "savePlayQueue";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        List<UUID> ids = request.ids("id");
        Integer current = null;
        if (!ids.isEmpty()) {
            UUID playing = request.id("current");
            int index = ids.indexOf(playing);
            if (index < 0) {
                throw SubsonicException.invalid("current", "must be one of the ids of the queue.");
            }
            current = index;
        }
        queues.save(request, ids, current);
        return Payload.EMPTY;
    }
}
