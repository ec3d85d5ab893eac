package dev.fidelio.subsonic.browsing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.ArtistQueries;
import dev.fidelio.library.ListFilter;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.subsonic.shapes.ArtistEntries;
import dev.fidelio.subsonic.shapes.ArtistID3;
import dev.fidelio.subsonic.shapes.Listener;
import dev.fidelio.subsonic.shapes.Listeners;

/**
 * Every artist of the ID3 view, by index letter: everyone with an album in the caller's libraries (or the
 * {@code musicFolderId} asked for) in any part, so composers and soloists are found as well as bands.
 */
@ApplicationScoped
public class GetArtists implements SubsonicMethod {

    record Artists(String ignoredArticles, List<Index> index) {
    }

    record Index(String name, List<ArtistID3> artist) {
    }

    private final Listeners listeners;
    private final ArtistQueries artists;
    private final ArtistEntries entries;

    GetArtists(Listeners listeners, ArtistQueries artists, ArtistEntries entries) {
        this.listeners = listeners;
        this.artists = artists;
        this.entries = entries;
    }

    @Override
    public String name() {
        return "getArtists";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        Listener listener = listeners.of(request);
        List<ArtistItem> all = artists.list(listener.visible(), listener.userId(), ListFilter.NONE, 0, Integer.MAX_VALUE);
        List<Index> index = ArtistIndex.of(entries.of(listener, all), ArtistID3::sortName, Index::new);
        return Payload.of("artists", new Artists(ArtistIndex.IGNORED_ARTICLES, index));
    }
}
