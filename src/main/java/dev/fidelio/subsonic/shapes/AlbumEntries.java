package dev.fidelio.subsonic.shapes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.library.AlbumDisc;
import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.AlbumQueries;
import dev.fidelio.library.AlbumStats;
import dev.fidelio.library.Annotation;
import dev.fidelio.library.Annotations;
import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.ArtistQueries;
import dev.fidelio.library.GenreItem;
import dev.fidelio.library.GenreQueries;
import dev.fidelio.library.ItemKind;

/**
 * Albums as Subsonic shows them: {@link AlbumID3} for the ID3 view, and a directory {@link Child} for the folder view's
 * lists (getAlbumList, search2, getStarred). Counts and lengths are of the tracks the listener may see. A fixed number
 * of statements for any number of albums.
 */
@ApplicationScoped
@Transactional
public class AlbumEntries {

    private final AlbumQueries albums;
    private final ArtistQueries artists;
    private final GenreQueries genres;
    private final Annotations annotations;

    AlbumEntries(AlbumQueries albums, ArtistQueries artists, GenreQueries genres, Annotations annotations) {
        this.albums = albums;
        this.artists = artists;
        this.genres = genres;
        this.annotations = annotations;
    }

    public List<AlbumID3> of(Listener listener, List<AlbumItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = items.stream().map(AlbumItem::id).distinct().toList();
        Map<UUID, AlbumStats> stats = albums.stats(listener.visible(), ids);
        Map<UUID, List<GenreItem>> genresById = genres.ofAlbums(listener.visible(), ids);
        Map<UUID, List<ArtistItem>> albumArtists = artists.ofAlbums(ids);
        Map<UUID, List<AlbumDisc>> discs = albums.discTitles(listener.visible(), ids);
        Map<UUID, Annotation> annotated = annotations.of(listener.userId(), ItemKind.album, ids);
        List<AlbumID3> result = new ArrayList<>(items.size());
        for (AlbumItem album : items) {
            result.add(album(album, stats.getOrDefault(album.id(), AlbumStats.NONE), genresById.getOrDefault(album.id(), List.of()),
                    albumArtists.getOrDefault(album.id(), List.of()), discs.getOrDefault(album.id(), List.of()),
                    annotated.get(album.id())));
        }
        return result;
    }

    /** The albums as directories of the folder view, whose children (getMusicDirectory) are their songs. */
    public List<Child> directories(Listener listener, List<AlbumItem> items) {
        return of(listener, items).stream().map(AlbumEntries::directory).toList();
    }

    private static Child directory(AlbumID3 album) {
        return new Child(album.id(), album.artistId(), true, album.name(), album.name(), album.artist(), null, album.year(),
                album.genre(), album.coverArt(), null, album.details().userRating(), album.playCount(), null, album.created(),
                album.starred(), null, album.artistId(), null, "album", null, album.details().played(), null);
    }

    private static AlbumID3 album(AlbumItem album, AlbumStats stats, List<GenreItem> genres, List<ArtistItem> albumArtists,
            List<AlbumDisc> discs, Annotation annotation) {
        AlbumDetails details = new AlbumDetails(annotation == null ? null : annotation.lastPlayedAt(),
                annotation == null ? null : annotation.rating(),
                album.label() == null ? List.of() : List.of(new RecordLabel(album.label())), SongEntries.orEmpty(album.mbReleaseId()),
                genres.stream().map(g -> new ItemGenre(g.name())).toList(), SongEntries.references(albumArtists), album.artistDisplay(),
                releaseTypes(album.releaseType()), album.titleSort(), ItemDate.of(album.originalDate()),
                ItemDate.of(album.releaseDate()), album.compilation(),
                discs.stream().map(d -> new DiscTitle(d.number(), d.title())).toList());
        return new AlbumID3(album.id().toString(), album.title(), album.artistDisplay(),
                albumArtists.isEmpty() ? null : albumArtists.get(0).id().toString(), album.hasCover() ? album.id().toString() : null,
                stats.trackCount(), (int) Math.round(stats.durationSeconds()), annotation == null ? 0L : annotation.playCount(),
                album.addedAt(), annotation == null ? null : annotation.starredAt(), album.year(),
                genres.isEmpty() ? null : genres.get(0).name(), details);
    }

    /** MusicBrainz's primary and secondary types as tagged, "album; live" or "album/live". */
    private static List<String> releaseTypes(String releaseType) {
        if (releaseType == null) {
            return List.of();
        }
        return Arrays.stream(releaseType.split("[;/,]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
