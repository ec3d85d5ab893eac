package dev.fidelio.subsonic.annotation;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.Annotations;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** Rates a song, album or artist from 1 to 5 for the caller; 0 takes the rating away. */
@ApplicationScoped
public class SetRating implements SubsonicMethod {

    private final AnnotatedItems items;
    private final Annotations annotations;

    SetRating(AnnotatedItems items, Annotations annotations) {
        this.items = items;
        this.annotations = annotations;
    }

    @Override
    public String name() {
        return "setRating";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        UUID id = request.id("id");
        int rating = request.number("rating", 0, 5).orElseThrow(() -> SubsonicException.missing("rating")).intValue();
        annotations.rate(request.caller().userId(), items.kindOf(request, id), id, rating);
        return Payload.EMPTY;
    }
}
