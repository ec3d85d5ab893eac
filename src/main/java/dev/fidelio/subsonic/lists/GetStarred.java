package dev.fidelio.subsonic.lists;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.ResultViews;

/** The caller's starred artists, albums and songs, as the folder view shows them. */
@ApplicationScoped
public class GetStarred implements SubsonicMethod {

    private final Listeners listeners;
    private final StarredItems starred;
    private final ResultViews views;

    GetStarred(Listeners listeners, StarredItems starred, ResultViews views) {
        this.listeners = listeners;
        this.starred = starred;
        this.views = views;
    }

    @Override
    public String name() {
        return "getStarred";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        StarredItems.Starred items = starred.of(listener);
        return Payload.of("starred", views.folderView(listener, items.artists(), items.albums(), items.tracks()));
    }
}
