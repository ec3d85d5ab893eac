package dev.fidelio.subsonic.annotation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.library.Annotations;
import dev.fidelio.library.NowPlaying;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/**
 * A player's report: {@code submission=true} (the default) counts a play of each song, at its {@code time} (ms since
 * 1970) or now, for the song, its album and its artists; {@code submission=false} says the caller's player has just
 * started the song, which shows in getNowPlaying and counts nothing.
 */
@ApplicationScoped
public class Scrobble implements SubsonicMethod {

    /** Clocks of phones drift; a play further ahead than this is a client's mistake. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final AnnotatedItems items;
    private final Annotations annotations;
    private final NowPlaying nowPlaying;

    Scrobble(AnnotatedItems items, Annotations annotations, NowPlaying nowPlaying) {
        this.items = items;
        this.annotations = annotations;
        this.nowPlaying = nowPlaying;
    }

    @Override
    public String name() {
        return "scrobble";
    }

    @Override
    @Transactional
    public Payload handle(SubsonicRequest request) {
        List<UUID> ids = request.ids("id");
        if (ids.isEmpty()) {
            throw SubsonicException.missing("id");
        }
        long userId = request.caller().userId();
        if (!request.flag("submission").orElse(true)) {
            ids.forEach(id -> nowPlaying.started(userId, items.track(request, id), request.client()));
            return Payload.EMPTY;
        }
        List<Instant> times = times(request, ids.size());
        for (int i = 0; i < ids.size(); i++) {
            annotations.recordPlay(userId, items.track(request, ids.get(i)), times.isEmpty() ? Instant.now() : times.get(i));
        }
        return Payload.EMPTY;
    }

    private static List<Instant> times(SubsonicRequest request, int songs) {
        Instant latest = Instant.now().plus(CLOCK_SKEW);
        List<Instant> times = request.longs("time").stream().map(Instant::ofEpochMilli).toList();
        if (!times.isEmpty() && times.size() != songs) {
            throw SubsonicException.invalid("time", "must be given once for each id, or not at all; " + songs + " ids and "
                    + times.size() + " times were sent.");
        }
        times.stream().filter(time -> time.isAfter(latest) || time.isBefore(Instant.EPOCH)).findFirst().ifPresent(time -> {
            throw SubsonicException.invalid("time", "is a play's time in milliseconds since 1970, not in the future: " + time + ".");
        });
        return times;
    }
}
