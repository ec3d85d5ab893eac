package dev.fidelio.subsonic.bookmarks;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.ErrorCode;
import dev.fidelio.subsonic.OpenSubsonicExtension;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** Saves the caller's play queue with the current song by its 0-based index; an index outside the queue is error 10. */
@ApplicationScoped
public class SavePlayQueueByIndex implements SubsonicMethod {

    private final QueueAnswers queues;

    SavePlayQueueByIndex(QueueAnswers queues) {
        this.queues = queues;
    }

    @Override
    public String name() {
        return "savePlayQueueByIndex";
    }

    @Override
    public List<OpenSubsonicExtension> extensions() {
        return List.of(GetPlayQueueByIndex.INDEX_BASED_QUEUE);
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        List<UUID> ids = request.ids("id");
        Integer current = null;
        if (!ids.isEmpty()) {
            long index = request.number("currentIndex", Long.MIN_VALUE, Long.MAX_VALUE)
                    .orElseThrow(() -> SubsonicException.missing("currentIndex"));
            if (index < 0 || index >= ids.size()) {
                throw new SubsonicException(ErrorCode.MISSING_PARAMETER, "Parameter 'currentIndex' must be from 0 to "
                        + (ids.size() - 1) + ", the places of the queue, not " + index + ".");
            }
            current = (int) index;
        }
        queues.save(request, ids, current);
        return Payload.EMPTY;
    }
}
