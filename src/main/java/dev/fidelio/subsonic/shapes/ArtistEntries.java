package dev.fidelio.subsonic.shapes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.library.Annotation;
import dev.fidelio.library.Annotations;
import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.ArtistQueries;
import dev.fidelio.library.ArtistRole;
import dev.fidelio.library.Discography;
import dev.fidelio.library.ItemKind;

/**
 * Artists as Subsonic shows them: {@link ArtistID3} for the ID3 view, whose albums are those they are on in any part
 * (album artist, credited on a track, composer of a work recorded), and {@link Artist} for the folder view.
 */
@ApplicationScoped
@Transactional
public class ArtistEntries {

    private final ArtistQueries artists;
    private final Annotations annotations;

    ArtistEntries(ArtistQueries artists, Annotations annotations) {
        this.artists = artists;
        this.annotations = annotations;
    }

    public List<ArtistID3> of(Listener listener, List<ArtistItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = items.stream().map(ArtistItem::id).distinct().toList();
        Map<UUID, Discography> discographies = artists.discographies(listener.visible(), ids);
        Map<UUID, Set<ArtistRole>> roles = artists.roles(listener.visible(), ids);
        Map<UUID, Annotation> annotated = annotations.of(listener.userId(), ItemKind.artist, ids);
        List<ArtistID3> result = new ArrayList<>(items.size());
        for (ArtistItem artist : items) {
            Annotation annotation = annotated.get(artist.id());
            String id = artist.id().toString();
            Discography discography = discographies.getOrDefault(artist.id(), Discography.NONE);
            result.add(new ArtistID3(id, artist.name(), discography.hasCover() ? id : null,
                    discography.albumCount(), annotation == null ? null : annotation.starredAt(),
                    SongEntries.orEmpty(artist.mbid()), artist.sortName(),
                    roles.getOrDefault(artist.id(), Set.of()).stream().map(ArtistEntries::role).toList()));
        }
        return result;
    }

    /** The artists as the folder view lists them; their directory (getMusicDirectory) holds their albums. */
    public List<Artist> forFolderView(Listener listener, List<ArtistItem> items) {
        Map<UUID, Annotation> annotated = annotations.of(listener.userId(), ItemKind.artist,
                items.stream().map(ArtistItem::id).toList());
        return items.stream().map(artist -> {
            Annotation annotation = annotated.get(artist.id());
            return new Artist(artist.id().toString(), artist.name(), annotation == null ? null : annotation.starredAt(),
                    annotation == null ? null : annotation.rating());
        }).toList();
    }

    /** As OpenSubsonic servers name the roles: {@code albumartist}, {@code artist}, {@code composer}, … */
    private static String role(ArtistRole role) {
        return role == ArtistRole.ALBUM_ARTIST ? "albumartist" : role.id();
    }
}
