package dev.fidelio.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fidelio.library.Annotation;
import dev.fidelio.library.Annotations;
import dev.fidelio.library.ItemKind;
import dev.fidelio.library.LibraryStore;
import dev.fidelio.library.NoSuchItemException;
import dev.fidelio.library.Playlists;
import dev.fidelio.library.ScanRun;
import dev.fidelio.library.Track;
import dev.fidelio.testsupport.TestFiles;
import dev.fidelio.users.AccountService;
import dev.fidelio.users.Role;
import io.quarkus.test.junit.QuarkusTest;

/** Stars, ratings, plays and playlists stay attached to their items through every kind of scan and move. */
@QuarkusTest
class UserDataAcrossRescansTest {

    private static final String ALBUM = "Prague Riverside Philharmonic/Dvořák - Symphony No. 9, Smetana - Vltava (2017)";

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @Inject
    LibraryStore store;

    @Inject
    Annotations annotations;

    @Inject
    Playlists playlists;

    @Inject
    AccountService accounts;

    Path scratch;
    long user;

    @BeforeEach
    void copyAnAlbumAndAListener() throws IOException {
        scratch = ScratchAlbum.copy(ALBUM, "Dvořák");
        user = accounts.create("listener-" + UUID.randomUUID(), "a long enough password", Role.USER).id;
    }

    @AfterEach
    void forgetTheScratchFolder() {
        ScratchAlbum.forget(store, tracks().values(), scratch);
    }

    @Test
    void userDataFollowsItsItemsThroughRescansAndMoves() throws IOException {
        scan(ScanKind.QUICK);
        Map<String, UUID> tracks = tracks();
        String firstPath = tracks.keySet().stream().sorted().findFirst().orElseThrow();
        UUID first = tracks.get(firstPath);
        Ids ids = ids(first);
        assertThat(ids.work()).as("the sample's Dvořák tracks belong to a work").isNotNull();

        annotations.star(user, ItemKind.track, first, true);
        annotations.rate(user, ItemKind.track, first, 5);
        annotations.star(user, ItemKind.album, ids.album(), true);
        annotations.rate(user, ItemKind.artist, ids.artist(), 4);
        annotations.star(user, ItemKind.work, ids.work(), true);
        annotations.recordPlay(user, first, Instant.parse("2026-11-01T20:00:00Z"));
        List<UUID> order = List.of(first, tracks.get(tracks.keySet().stream().sorted().skip(1).findFirst().orElseThrow()), first);
        Playlists.PlaylistInfo playlist = playlists.create(user, "Evening", order);

        assertThat(scan(ScanKind.FULL).added).isZero();
        assertThat(scan(ScanKind.RULES).error).isNull();
        assertUserDataIntact(first, ids, playlist, order);

        // A file renamed into another folder, then the whole album folder renamed.
        Files.createDirectories(scratch.resolve("Favourites"));
        Files.move(scratch.resolve(firstPath), scratch.resolve("Favourites/largo.flac"));
        assertThat(scan(ScanKind.QUICK).moved).isEqualTo(1);
        Files.move(scratch.resolve("Dvořák"), scratch.resolve("Dvorak (2017)"));
        ScanRun renamed = scan(ScanKind.QUICK);
        assertThat(renamed.moved).isEqualTo(tracks.size() - 1);
        assertThat(renamed.removed).isZero();
        assertThat(tracks()).containsEntry("Favourites/largo.flac", first).hasSize(tracks.size());
        assertUserDataIntact(first, ids, playlist, order);

        // The disk goes away: nothing is removed and nothing is forgotten.
        TestFiles.deleteTree(scratch.resolve("Favourites"));
        TestFiles.deleteTree(scratch.resolve("Dvorak (2017)"));
        assertThat(scan(ScanKind.QUICK).removed).isZero();
        assertUserDataIntact(first, ids, playlist, order);
    }

    @Test
    void unknownItemsAndBadRatingsAreRefused() {
        assertThatThrownBy(() -> annotations.star(user, ItemKind.track, UUID.randomUUID(), true)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> playlists.create(user, "Ghosts", List.of(UUID.randomUUID()))).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> playlists.create(user, " ", List.of())).isInstanceOf(IllegalArgumentException.class);
        scan(ScanKind.QUICK);
        UUID track = tracks().values().iterator().next();
        assertThatThrownBy(() -> annotations.rate(user, ItemKind.track, track, 6)).isInstanceOf(IllegalArgumentException.class);
        annotations.rate(user, ItemKind.track, track, 3);
        annotations.rate(user, ItemKind.track, track, 0);
        assertThat(annotations.get(user, ItemKind.track, track)).hasValueSatisfying(a -> assertThat(a.rating()).isNull());
    }

    private void assertUserDataIntact(UUID first, Ids ids, Playlists.PlaylistInfo playlist, List<UUID> order) {
        assertThat(ids(first)).isEqualTo(ids);
        Annotation track = annotations.get(user, ItemKind.track, first).orElseThrow();
        assertThat(track.starredAt()).isNotNull();
        assertThat(track.rating()).isEqualTo(5);
        assertThat(track.playCount()).isEqualTo(1);
        assertThat(track.lastPlayedAt()).isEqualTo(Instant.parse("2026-11-01T20:00:00Z"));
        assertThat(annotations.get(user, ItemKind.album, ids.album()).orElseThrow().starredAt()).isNotNull();
        assertThat(annotations.get(user, ItemKind.album, ids.album()).orElseThrow().playCount()).isEqualTo(1);
        assertThat(annotations.get(user, ItemKind.artist, ids.artist()).orElseThrow().rating()).isEqualTo(4);
        assertThat(annotations.get(user, ItemKind.work, ids.work()).orElseThrow().starredAt()).isNotNull();
        assertThat(playlists.tracks(user, playlist.id())).extracting(t -> t.id).containsExactlyElementsOf(order);
    }

    private record Ids(UUID album, UUID artist, UUID work) {
    }

    @Transactional
    Ids ids(UUID trackId) {
        Track track = Track.findById(trackId);
        UUID artist = (UUID) Track.getEntityManager().createNativeQuery(
                "SELECT artist_id FROM track_credit WHERE track_id = ?1 AND role = 'artist' ORDER BY position LIMIT 1")
                .setParameter(1, trackId).getSingleResult();
        return new Ids(track.album.id, artist, track.work == null ? null : track.work.id);
    }

    private ScanRun scan(ScanKind kind) {
        return ScratchAlbum.scan(scanner, runs, kind, scratch);
    }

    @Transactional
    Map<String, UUID> tracks() {
        return Track.<Track>list("folder.path", scratch.toString()).stream().collect(Collectors.toMap(t -> t.relativePath, t -> t.id));
    }
}
