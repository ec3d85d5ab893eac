package dev.fidelio.subsonic.searching;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.ResultViews;

/** Search with the results as the folder view shows them; see {@link SearchedItems}. */
@ApplicationScoped
public class Search2 implements SubsonicMethod {

    private final Listeners listeners;
    private final SearchedItems searched;
    private final ResultViews views;

    Search2(Listeners listeners, SearchedItems searched, ResultViews views) {
        this.listeners = listeners;
        this.searched = searched;
        this.views = views;
    }

    @Override
    public String name() {
        return "search2";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        SearchedItems.Found items = searched.search(listener, request);
        return Payload.of("searchResult2", views.folderView(listener, items.artists(), items.albums(), items.tracks()));
    }
}
