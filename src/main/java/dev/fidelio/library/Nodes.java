package dev.fidelio.library;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** What kind of item an id names, whatever the kind. */
@ApplicationScoped
@Transactional
public class Nodes {

    private final EntityManager entityManager;
    private final ArtistQueries artists;
    private final AlbumQueries albums;
    private final TrackQueries tracks;
    private final WorkQueries works;

    Nodes(EntityManager entityManager, ArtistQueries artists, AlbumQueries albums, TrackQueries tracks, WorkQueries works) {
        this.entityManager = entityManager;
        this.artists = artists;
        this.albums = albums;
        this.tracks = tracks;
        this.works = works;
    }

    /**
     * What a listener can star, rate or play: the id's kind, when it names an artist, album, track or work the
     * caller may see. Empty for an id of nothing or of something out of sight, which look the same; a folder or a
     * playlist is named, as it exists but cannot be annotated ({@link NodeKind#annotated()} null).
     */
    public Optional<NodeKind> annotatable(UUID id, VisibleLibraries visible) {
        Optional<NodeKind> kind = kindOf(id);
        if (kind.isEmpty() || kind.get().annotated() == null) {
            return kind;
        }
        Set<UUID> one = Set.of(id);
        boolean seen = switch (kind.get().annotated()) {
            case artist -> !artists.byIds(visible, one).isEmpty();
            case album -> !albums.byIds(visible, one).isEmpty();
            case track -> !tracks.byIds(visible, one).isEmpty();
            case work -> !works.byIds(visible, one).isEmpty();
        };
        return seen ? kind : Optional.empty();
    }

    /** Whether the item exists is not a question of access: callers still check that the caller may see it. */
    public Optional<NodeKind> kindOf(UUID id) {
        return new Sql("SELECT 'artist' FROM artist WHERE id = ? UNION ALL SELECT 'album' FROM album WHERE id = ? "
                + "UNION ALL SELECT 'track' FROM track WHERE id = ? UNION ALL SELECT 'work' FROM work WHERE id = ? "
                + "UNION ALL SELECT 'folder' FROM folder WHERE id = ? UNION ALL SELECT 'playlist' FROM playlist WHERE id = ? LIMIT 1",
                id, id, id, id, id, id).rows(entityManager).stream().findFirst()
                .map(r -> NodeKind.valueOf(Rows.text(r[0]).toUpperCase(Locale.ROOT)));
    }
}
