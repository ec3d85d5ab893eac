package dev.fidelio.subsonic.shapes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.library.AlbumItem;
import dev.fidelio.library.AlbumQueries;
import dev.fidelio.library.Annotation;
import dev.fidelio.library.Annotations;
import dev.fidelio.library.ArtistItem;
import dev.fidelio.library.ArtistQueries;
import dev.fidelio.library.ArtistRole;
import dev.fidelio.library.AudioFormat;
import dev.fidelio.library.Credit;
import dev.fidelio.library.GenreItem;
import dev.fidelio.library.GenreQueries;
import dev.fidelio.library.ItemKind;
import dev.fidelio.library.TrackItem;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.library.WorkItem;
import dev.fidelio.library.WorkQueries;

/**
 * Tracks as Subsonic songs ({@link Child}), with the caller's stars, ratings and plays and every field OpenSubsonic
 * adds. A fixed number of statements for any number of songs.
 */
@ApplicationScoped
@Transactional
public class SongEntries {

    /** Several artists in one text field, as the indexer joins album artists. */
    static final String ARTIST_SEPARATOR = "; ";

    private final TrackQueries tracks;
    private final AlbumQueries albums;
    private final ArtistQueries artists;
    private final GenreQueries genres;
    private final WorkQueries works;
    private final Annotations annotations;

    SongEntries(TrackQueries tracks, AlbumQueries albums, ArtistQueries artists, GenreQueries genres, WorkQueries works,
            Annotations annotations) {
        this.tracks = tracks;
        this.albums = albums;
        this.artists = artists;
        this.genres = genres;
        this.works = works;
        this.annotations = annotations;
    }

    /** The songs of those of {@code trackIds} the listener may see, in the order given (an id twice gives its song twice). */
    public List<Child> byIds(Listener listener, List<UUID> trackIds) {
        Map<UUID, TrackItem> found = tracks.byIds(listener.visible(), trackIds);
        return of(listener, trackIds.stream().map(found::get).filter(Objects::nonNull).toList());
    }

    /** The songs of {@code items}, in their order. */
    public List<Child> of(Listener listener, List<TrackItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = items.stream().map(TrackItem::id).distinct().toList();
        List<UUID> albumIds = ids(items.stream().map(TrackItem::albumId));
        Map<UUID, AlbumItem> albumsById = albums.byIds(listener.visible(), albumIds);
        Map<UUID, List<ArtistItem>> albumArtists = artists.ofAlbums(albumIds);
        Map<UUID, List<Credit>> credits = tracks.credits(ids);
        Map<UUID, List<GenreItem>> genresById = genres.ofTracks(ids);
        Map<UUID, WorkItem> worksById = works.byIds(listener.visible(), ids(items.stream().map(TrackItem::workId)));
        Map<UUID, Annotation> annotated = annotations.of(listener.userId(), ItemKind.track, ids);
        List<Child> songs = new ArrayList<>(items.size());
        for (TrackItem track : items) {
            UUID albumId = track.albumId();
            songs.add(song(track, albumId == null ? null : albumsById.get(albumId),
                    albumId == null ? List.of() : albumArtists.getOrDefault(albumId, List.of()), credits.getOrDefault(track.id(), List.of()),
                    genresById.getOrDefault(track.id(), List.of()), track.workId() == null ? null : worksById.get(track.workId()),
                    annotated.get(track.id())));
        }
        return songs;
    }

    private static Child song(TrackItem track, AlbumItem album, List<ArtistItem> albumArtists, List<Credit> credits,
            List<GenreItem> genres, WorkItem work, Annotation annotation) {
        List<ArtistItem> performers = credits.stream().filter(c -> c.role() == ArtistRole.ARTIST).map(Credit::artist).toList();
        List<ArtistItem> shownArtists = performers.isEmpty() ? albumArtists : performers;
        String displayArtist = shownArtists.isEmpty() ? null : names(shownArtists);
        List<ArtistItem> composers = credits.stream().filter(c -> c.role() == ArtistRole.COMPOSER).map(Credit::artist).toList();
        TrackItem.Audio audio = track.audio();
        SongFile file = new SongFile(track.fileSize(), contentType(audio.format()), suffix(track.relativePath()), null, null,
                audio.durationSeconds() == null ? 0 : (int) Math.round(audio.durationSeconds()), audio.bitrateKbps(),
                orZero(audio.bitsPerSample()), orZero(audio.sampleRate()), orZero(audio.channels()), track.relativePath(), false);
        SongDetails details = new SongDetails(track.titleSort() != null ? track.titleSort() : title(track),
                orEmpty(track.mbRecordingId()), track.isrc() == null ? List.of() : List.of(track.isrc()),
                genres.stream().map(g -> new ItemGenre(g.name())).toList(), references(shownArtists), orEmpty(displayArtist),
                references(albumArtists), album == null ? "" : album.artistDisplay(), contributors(credits),
                composers.isEmpty() ? "" : names(composers), replayGain(track.replayGain()),
                work == null ? List.of() : List.of(new Work(work.title(), orEmpty(work.mbWorkId()))), movements(track));
        return new Child(track.id().toString(), id(track.folderId()), false, title(track), album == null ? null : album.title(),
                displayArtist, track.trackNumber(), track.year(), genres.isEmpty() ? null : genres.get(0).name(),
                track.hasCover() ? track.id().toString() : null, file, annotation == null ? null : annotation.rating(),
                annotation == null ? 0L : annotation.playCount(), track.discNumber(), track.addedAt(),
                annotation == null ? null : annotation.starredAt(), id(track.albumId()),
                shownArtists.isEmpty() ? null : shownArtists.get(0).id().toString(), "music", "song", null,
                annotation == null ? null : annotation.lastPlayedAt(), details);
    }

    /** The title, or the file's name without its extension for a track with no title tag. */
    private static String title(TrackItem track) {
        if (track.title() != null) {
            return track.title();
        }
        String name = track.relativePath().substring(track.relativePath().lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static List<Contributor> contributors(List<Credit> credits) {
        return credits.stream().filter(c -> c.role() != ArtistRole.ARTIST)
                .map(c -> new Contributor(c.role().id(), c.instrument(), reference(c.artist()))).toList();
    }

    private static List<Movement> movements(TrackItem track) {
        if (track.movementName() == null && track.movementNumber() == null) {
            return List.of();
        }
        return List.of(new Movement(orEmpty(track.movementName()), track.movementNumber(), track.movementTotal()));
    }

    private static ReplayGain replayGain(TrackItem.ReplayGain gain) {
        return gain == null ? ReplayGain.NONE
                : new ReplayGain(gain.trackGain(), gain.albumGain(), gain.trackPeak(), gain.albumPeak());
    }

    private static String contentType(String format) {
        return format == null ? "application/octet-stream" : AudioFormat.fromId(format).mimeType();
    }

    private static String suffix(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String names(List<ArtistItem> artists) {
        return String.join(ARTIST_SEPARATOR, artists.stream().map(ArtistItem::name).toList());
    }

    static List<ArtistID3> references(List<ArtistItem> artists) {
        return artists.stream().map(SongEntries::reference).toList();
    }

    static ArtistID3 reference(ArtistItem artist) {
        return ArtistID3.reference(artist.id().toString(), artist.name());
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Integer orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }

    private static List<UUID> ids(java.util.stream.Stream<UUID> ids) {
        return ids.filter(Objects::nonNull).distinct().toList();
    }
}
