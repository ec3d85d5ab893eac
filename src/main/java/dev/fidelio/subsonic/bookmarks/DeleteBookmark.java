package dev.fidelio.subsonic.bookmarks;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.Bookmarks;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** Removes the caller's bookmark in a song; there being none is no error, as it is gone either way. */
@ApplicationScoped
public class DeleteBookmark implements SubsonicMethod {

    private final Bookmarks bookmarks;

    DeleteBookmark(Bookmarks bookmarks) {
        this.bookmarks = bookmarks;
    }

    @Override
    public String name() {
        return "deleteBookmark";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        bookmarks.delete(request.caller().userId(), request.id("id"));
        return Payload.EMPTY;
    }
}
