package dev.fidelio.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.fidelio.library.AlbumQueries;
import dev.fidelio.library.ArtistQueries;
import dev.fidelio.library.ArtistRole;
import dev.fidelio.library.ItemKind;
import dev.fidelio.library.WorkQueries;
import dev.fidelio.stream.MediaUrls;

@GraphQLApi
public class ArtistFields {

    private final Caller caller;
    private final ArtistQueries artists;
    private final AlbumQueries albums;
    private final WorkQueries works;
    private final MediaUrls urls;
    private final UserDataLoader userData;

    ArtistFields(Caller caller, ArtistQueries artists, AlbumQueries albums, WorkQueries works, MediaUrls urls, UserDataLoader userData) {
        this.caller = caller;
        this.artists = artists;
        this.albums = albums;
        this.works = works;
        this.urls = urls;
        this.userData = userData;
    }

    @Description("The parts this artist has on what the caller can see")
    public List<@NonNull List<@NonNull ArtistRole>> roles(@Source List<ArtistNode> artistNodes) {
        return Batch.map(artistNodes, a -> a.item().id(), ids -> artists.roles(caller.visible(), ids), roles -> List.copyOf(roles), List.of());
    }

    @Description("Albums with this artist as album artist, oldest first")
    public List<@NonNull List<@NonNull AlbumNode>> albums(@Source List<ArtistNode> artistNodes) {
        return Batch.lists(artistNodes, a -> a.item().id(), ids -> albums.ofArtists(caller.visible(), ids), AlbumNode::new);
    }

    @Description("Works this artist composed")
    public List<@NonNull List<@NonNull WorkNode>> works(@Source List<ArtistNode> artistNodes) {
        return Batch.lists(artistNodes, a -> a.item().id(), ids -> works.ofComposers(caller.visible(), ids), WorkNode::new);
    }

    @Description("Art for the artist (from one of their albums); null when none of their albums has art")
    public List<List<@NonNull ImageType>> coverArt(@Source List<ArtistNode> artistNodes) {
        Set<java.util.UUID> withCover = artists.withCover(caller.visible(), Batch.ids(artistNodes, a -> a.item().id()));
        List<List<ImageType>> art = new ArrayList<>();
        for (ArtistNode artist : artistNodes) {
            art.add(withCover.contains(artist.item().id()) ? urls.artSizes(artist.item().id()).stream().map(ImageType::of).toList() : null);
        }
        return art;
    }

    public List<@NonNull UserData> userData(@Source List<ArtistNode> artistNodes) {
        return userData.of(ItemKind.artist, artistNodes, a -> a.item().id());
    }
}
