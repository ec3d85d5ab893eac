package dev.fidelio.subsonic.bookmarks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.Bookmarks;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.Child;
import dev.fidelio.subsonic.shapes.Listeners;
import dev.fidelio.subsonic.shapes.SongEntries;

/** The caller's bookmarks in the songs they may see, latest first. */
@ApplicationScoped
public class GetBookmarks implements SubsonicMethod {

    record Listing(List<Entry> bookmark) {
    }

    record Entry(long position, String username, String comment, Instant created, Instant changed, Child entry) {
    }

    private final Bookmarks bookmarks;
    private final Listeners listeners;
    private final SongEntries songs;

    GetBookmarks(Bookmarks bookmarks, Listeners listeners, SongEntries songs) {
        this.bookmarks = bookmarks;
        this.listeners = listeners;
        this.songs = songs;
    }

    @Override
    public String name() {
        return "getBookmarks";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        List<Bookmarks.Bookmark> saved = bookmarks.of(request.caller().userId());
        Map<String, Child> byId = songs.byIds(listeners.of(request), saved.stream().map(Bookmarks.Bookmark::trackId).toList())
                .stream().collect(Collectors.toMap(Child::id, Function.identity(), (a, b) -> a));
        List<Entry> entries = saved.stream().filter(b -> byId.containsKey(b.trackId().toString()))
                .map(b -> new Entry(b.positionMillis(), request.caller().username(), b.comment(), b.createdAt(), b.changedAt(),
                        byId.get(b.trackId().toString())))
                .toList();
        return Payload.of("bookmarks", new Listing(entries));
    }
}
