package dev.fidelio.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.fidelio.library.AlbumQueries;
import dev.fidelio.library.AlbumStats;
import dev.fidelio.library.ArtistQueries;
import dev.fidelio.library.GenreQueries;
import dev.fidelio.library.ItemKind;
import dev.fidelio.library.TrackItem;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.stream.MediaUrls;

/** An album's fields that need more than its row, each loaded for a whole batch of albums at once. */
@GraphQLApi
public class AlbumFields {

    private final Caller caller;
    private final ArtistQueries artists;
    private final AlbumQueries albums;
    private final TrackQueries tracks;
    private final GenreQueries genres;
    private final MediaUrls urls;
    private final UserDataLoader userData;

    AlbumFields(Caller caller, ArtistQueries artists, AlbumQueries albums, TrackQueries tracks, GenreQueries genres, MediaUrls urls,
            UserDataLoader userData) {
        this.caller = caller;
        this.artists = artists;
        this.albums = albums;
        this.tracks = tracks;
        this.genres = genres;
        this.urls = urls;
        this.userData = userData;
    }

    @Description("The album artists, in their order")
    public List<@NonNull List<@NonNull ArtistNode>> artists(@Source List<AlbumNode> albumNodes) {
        return Batch.lists(albumNodes, a -> a.item().id(), artists::ofAlbums, ArtistNode::new);
    }

    @Description("Tracks the caller can see")
    public List<@NonNull Integer> trackCount(@Source List<AlbumNode> albumNodes) {
        return stats(albumNodes).stream().map(AlbumStats::trackCount).toList();
    }

    public List<@NonNull Double> durationSeconds(@Source List<AlbumNode> albumNodes) {
        return stats(albumNodes).stream().map(AlbumStats::durationSeconds).toList();
    }

    public List<@NonNull Integer> discCount(@Source List<AlbumNode> albumNodes) {
        return stats(albumNodes).stream().map(AlbumStats::discCount).toList();
    }

    @Description("Tracks in disc and track order")
    public List<@NonNull List<@NonNull TrackNode>> tracks(@Source List<AlbumNode> albumNodes) {
        return Batch.lists(albumNodes, a -> a.item().id(), ids -> tracks.ofAlbums(caller.visible(), ids), TrackNode::new);
    }

    @Description("The tracks by disc, each disc with its subtitle")
    public List<@NonNull List<@NonNull Disc>> discs(@Source List<AlbumNode> albumNodes) {
        return Batch.map(albumNodes, a -> a.item().id(), ids -> tracks.ofAlbums(caller.visible(), ids), AlbumFields::byDisc, List.of());
    }

    public List<@NonNull List<@NonNull GenreNode>> genres(@Source List<AlbumNode> albumNodes) {
        return Batch.lists(albumNodes, a -> a.item().id(), ids -> genres.ofAlbums(caller.visible(), ids), GenreNode::new);
    }

    @Description("The cover at 150, 300 and 600 pixels and as it is; null when the album has no art")
    public List<List<@NonNull ImageType>> coverArt(@Source List<AlbumNode> albumNodes) {
        return albumNodes.stream().map(a -> a.item().hasCover() ? urls.artSizes(a.item().id()).stream().map(ImageType::of).toList() : null)
                .toList();
    }

    public List<@NonNull UserData> userData(@Source List<AlbumNode> albumNodes) {
        return userData.of(ItemKind.album, albumNodes, a -> a.item().id());
    }

    private List<AlbumStats> stats(List<AlbumNode> albumNodes) {
        return Batch.map(albumNodes, a -> a.item().id(), ids -> albums.stats(caller.visible(), ids), s -> s, AlbumStats.NONE);
    }

    private static List<Disc> byDisc(List<TrackItem> albumTracks) {
        Map<Integer, List<TrackItem>> byDisc = new LinkedHashMap<>();
        albumTracks.forEach(t -> byDisc.computeIfAbsent(t.discNumber() == null ? 1 : t.discNumber(), k -> new ArrayList<>()).add(t));
        List<Disc> discs = new ArrayList<>();
        byDisc.forEach((number, discTracks) -> discs.add(new Disc(number,
                discTracks.stream().map(TrackItem::discSubtitle).filter(s -> s != null).findFirst().orElse(null),
                discTracks.stream().map(TrackNode::new).toList())));
        return discs;
    }
}
