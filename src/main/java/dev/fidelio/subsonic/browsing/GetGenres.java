package dev.fidelio.subsonic.browsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.GenreItem;
import dev.fidelio.library.GenreQueries;
import dev.fidelio.library.ListFilter;
import dev.fidelio.library.Page;
import dev.fidelio.library.PageRequest;
import dev.fidelio.library.Sort;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.response.TextContent;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;

/** Every genre of the caller's tracks by name, with how many of their songs and albums it has. */
@ApplicationScoped
public class GetGenres implements SubsonicMethod {

    record Genres(List<Genre> genre) {
    }

    record Genre(int songCount, int albumCount, @TextContent String value) {
    }

    private final Listeners listeners;
    private final GenreQueries genres;

    GetGenres(Listeners listeners, GenreQueries genres) {
        this.listeners = listeners;
        this.genres = genres;
    }

    @Override
    public String name() {
        return "getGenres";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        List<GenreItem> all = new ArrayList<>();
        Page<GenreItem> page = null;
        do {
            page = genres.page(listener.visible(), ListFilter.NONE, Sort.BY_NAME,
                    new PageRequest(PageRequest.MAX_SIZE, page == null ? null : page.endCursor()));
            all.addAll(page.items());
        } while (page.hasNextPage());
        Map<UUID, GenreItem.Counts> counts = genres.counts(listener.visible(), all.stream().map(GenreItem::id).toList());
        return Payload.of("genres", new Genres(all.stream().map(g -> {
            GenreItem.Counts c = counts.getOrDefault(g.id(), GenreItem.Counts.NONE);
            return new Genre(c.tracks(), c.albums(), g.name());
        }).toList()));
    }
}
