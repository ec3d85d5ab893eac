package dev.fidelio.subsonic.browsing;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.AlbumQueries;
import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.ArtistQueries;
import dev.fidelio.library.ArtistRole;
import dev.fidelio.library.Credit;
import dev.fidelio.library.NodeKind;
import dev.fidelio.library.Nodes;
import dev.fidelio.library.TrackItem;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.subsonic.shapes.ItemIds;
import dev.fidelio.subsonic.shapes.Listener;

/**
 * What the info and similarity methods are asked about: an artist, album or song id, checked to be one the caller
 * may see, and the artist or album it stands for.
 */
@ApplicationScoped
class SeedItems {

    /** A visible item and its kind. */
    record Seed(NodeKind kind, UUID id) {
    }

    private final Nodes nodes;
    private final ArtistQueries artists;
    private final AlbumQueries albums;
    private final TrackQueries tracks;

    SeedItems(Nodes nodes, ArtistQueries artists, AlbumQueries albums, TrackQueries tracks) {
        this.nodes = nodes;
        this.artists = artists;
        this.albums = albums;
        this.tracks = tracks;
    }

    /** The artist, album or song {@code id}; anything else, or one the listener may not see, is error 70. */
    Seed seed(Listener listener, UUID id) {
        NodeKind kind = nodes.kindOf(id).orElse(NodeKind.PLAYLIST);
        boolean visible = switch (kind) {
            case ARTIST -> !artists.byIds(listener.visible(), List.of(id)).isEmpty();
            case ALBUM -> !albums.byIds(listener.visible(), List.of(id)).isEmpty();
            case TRACK -> !tracks.byIds(listener.visible(), List.of(id)).isEmpty();
            default -> false;
        };
        if (!visible) {
            throw ItemIds.notFound(id.toString());
        }
        return new Seed(kind, id);
    }

    /** An artist id; an album's, a song's or anything else's is error 70. */
    UUID artist(Listener listener, UUID id) {
        Seed seed = seed(listener, id);
        if (seed.kind() != NodeKind.ARTIST) {
            throw ItemIds.notFound(id.toString());
        }
        return id;
    }

    /** The artist an item stands for: itself, an album's first album artist, a song's first artist (else its album's). */
    ArtistItem artistOf(Listener listener, UUID id) {
        Seed seed = seed(listener, id);
        UUID artistId = switch (seed.kind()) {
            case ARTIST -> id;
            case ALBUM -> firstAlbumArtist(id);
            default -> tracks.credits(List.of(id)).getOrDefault(id, List.of()).stream().filter(c -> c.role() == ArtistRole.ARTIST)
                    .map(Credit::artist).map(ArtistItem::id).findFirst()
                    .orElseGet(() -> firstAlbumArtist(tracks.byIds(listener.visible(), List.of(id)).get(id).albumId()));
        };
        ArtistItem artist = artistId == null ? null : artists.byIds(listener.visible(), List.of(artistId)).get(artistId);
        if (artist == null) {
            throw ItemIds.notFound(id.toString());
        }
        return artist;
    }

    /** The album an album or song id stands for; an artist has none (error 70). */
    UUID albumOf(Listener listener, UUID id) {
        Seed seed = seed(listener, id);
        TrackItem track = seed.kind() == NodeKind.TRACK ? tracks.byIds(listener.visible(), List.of(id)).get(id) : null;
        UUID albumId = seed.kind() == NodeKind.ALBUM ? id : track == null ? null : track.albumId();
        if (albumId == null) {
            throw ItemIds.notFound(id.toString());
        }
        return albumId;
    }

    private UUID firstAlbumArtist(UUID albumId) {
        return albumId == null ? null
                : artists.ofAlbums(List.of(albumId)).getOrDefault(albumId, List.of()).stream().map(ArtistItem::id).findFirst().orElse(null);
    }
}
