package dev.fidelio.subsonic.bookmarks;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.Bookmarks;
import dev.fidelio.library.PlayQueues;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** Sets the caller's bookmark in a song at {@code position} ms, replacing the one there was. */
@ApplicationScoped
public class CreateBookmark implements SubsonicMethod {

    private final Bookmarks bookmarks;

    CreateBookmark(Bookmarks bookmarks) {
        this.bookmarks = bookmarks;
    }

    @Override
    public String name() {
        return "createBookmark";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        long position = request.number("position", 0, PlayQueues.MAX_POSITION_MILLIS)
                .orElseThrow(() -> SubsonicException.missing("position"));
        try {
            bookmarks.save(request.caller().userId(), request.id("id"), position, request.optional("comment").orElse(null));
        } catch (IllegalArgumentException e) {
            throw SubsonicException.refused(e);
        }
        return Payload.EMPTY;
    }
}
