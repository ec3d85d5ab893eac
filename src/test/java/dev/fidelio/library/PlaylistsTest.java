package dev.fidelio.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.MusicFolders;
import dev.fidelio.index.ScanMonitor;
import dev.fidelio.library.Playlists.Changes;
import dev.fidelio.library.Playlists.PlaylistInfo;
import dev.fidelio.users.AccountService;
import dev.fidelio.users.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Playlists edited by position, by their owners only, as each user may see them, one change at a time. */
@QuarkusTest
class PlaylistsTest {

    @Inject
    Playlists playlists;

    @Inject
    LibraryAccess access;

    @Inject
    AccountService accounts;

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanMonitor monitor;

    @Inject
    MusicFolders folders;

    @Inject
    LibraryStore store;

    @Inject
    EntityManager entityManager;

    List<UUID> s;
    long owner;
    long other;

    @BeforeEach
    void listeners() {
        s = Listeners.sampleTracks(scanner);
        owner = Listeners.newUser(accounts, Role.USER);
        other = Listeners.newUser(accounts, Role.USER);
    }

    @Test
    void theOwnerEditsByPositionAndDuplicatesStayApart() {
        PlaylistInfo created = playlists.create(owner, "  Mix ", List.of(s.get(0), s.get(1), s.get(2), s.get(1)));
        assertThat(created.name()).isEqualTo("Mix");
        assertThat(created.ownerId()).isEqualTo(owner);
        assertThat(created.ownerName()).startsWith("listener-");
        assertThat(created.isPublic()).isFalse();
        assertThat(created.trackCount()).isEqualTo(4);
        assertThat(created.durationSeconds()).isPositive();
        UUID id = created.id();

        playlists.add(owner, id, List.of(s.get(3)), null);
        playlists.add(owner, id, List.of(s.get(4)), 0);
        assertThat(order(owner, id)).containsExactly(s.get(4), s.get(0), s.get(1), s.get(2), s.get(1), s.get(3));
        playlists.remove(owner, id, List.of(4, 4));
        assertThat(order(owner, id)).as("one copy of a track listed twice goes").containsExactly(s.get(4), s.get(0), s.get(1),
                s.get(2), s.get(3));
        playlists.move(owner, id, 0, 4);
        assertThat(order(owner, id)).containsExactly(s.get(0), s.get(1), s.get(2), s.get(3), s.get(4));
        playlists.move(owner, id, 3, 1);
        assertThat(order(owner, id)).containsExactly(s.get(0), s.get(3), s.get(1), s.get(2), s.get(4));
        playlists.add(owner, id, List.of(s.get(5), s.get(6)), 2);
        assertThat(order(owner, id)).containsExactly(s.get(0), s.get(3), s.get(5), s.get(6), s.get(1), s.get(2), s.get(4));

        PlaylistInfo renamed = playlists.update(owner, id, new Changes(" Evening ", "for later", true));
        assertThat(renamed.name()).isEqualTo("Evening");
        assertThat(renamed.comment()).isEqualTo("for later");
        assertThat(renamed.isPublic()).isTrue();
        assertThat(renamed.updatedAt()).isAfter(created.updatedAt());
        assertThat(playlists.update(owner, id, new Changes(null, "", null))).satisfies(p -> {
            assertThat(p.comment()).isNull();
            assertThat(p.name()).isEqualTo("Evening");
            assertThat(p.isPublic()).isTrue();
        });

        assertThat(playlists.replace(owner, id, List.of(s.get(2), s.get(2))).trackCount()).isEqualTo(2);
        assertThat(order(owner, id)).containsExactly(s.get(2), s.get(2));
        assertThat(playlists.remove(owner, id, List.of(0, 1)).trackCount()).isZero();
        assertThat(playlists.visibleTo(owner)).extracting(PlaylistInfo::id).contains(id);

        playlists.delete(owner, id);
        assertThatThrownBy(() -> playlists.get(owner, id)).isInstanceOf(NoSuchItemException.class);
        assertThat(playlists.visibleTo(owner)).extracting(PlaylistInfo::id).doesNotContain(id);
    }

    @Test
    void othersSeeOnlyPublicPlaylistsAndChangeNone() {
        UUID id = playlists.create(owner, "Private", List.of(s.get(0))).id();
        assertThat(playlists.visibleTo(other)).extracting(PlaylistInfo::id).doesNotContain(id);
        assertThatThrownBy(() -> playlists.get(other, id)).as("another's private playlist looks absent")
                .isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> playlists.tracks(other, id)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> playlists.add(other, id, List.of(s.get(1)), null)).isInstanceOf(NoSuchItemException.class);

        playlists.update(owner, id, new Changes(null, null, true));
        assertThat(playlists.visibleTo(other)).filteredOn(p -> p.id().equals(id)).singleElement()
                .satisfies(p -> assertThat(p.ownerId()).isEqualTo(owner));
        assertThat(playlists.tracks(other, id)).extracting(t -> t.id).containsExactly(s.get(0));
        assertThatThrownBy(() -> playlists.add(other, id, List.of(s.get(1)), null)).isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("owner");
        assertThatThrownBy(() -> playlists.update(other, id, new Changes("Mine now", null, null)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> playlists.move(other, id, 0, 0)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> playlists.remove(other, id, List.of(0))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> playlists.replace(other, id, List.of())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> playlists.delete(other, id)).isInstanceOf(NotAllowedException.class);
        assertThat(order(owner, id)).containsExactly(s.get(0));

        Listeners.withAnotherAdmin(accounts, admin -> {
            assertThatThrownBy(() -> playlists.add(admin, id, List.of(s.get(1)), null)).as("an admin does not edit others' lists")
                    .isInstanceOf(NotAllowedException.class);
            playlists.delete(admin, id);
        });
        assertThatThrownBy(() -> playlists.get(owner, id)).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void entriesInALibraryClosedToTheUserAreHiddenAndKeptInPlace() throws Exception {
        try (Listeners.SecondLibrary second = Listeners.SecondLibrary.add(folders, scanner, monitor, store)) {
            List<UUID> x = second.tracks();
            UUID id = playlists.create(owner, "Both", List.of(s.get(1), x.get(1), s.get(2), x.get(2), s.get(3))).id();
            playlists.update(owner, id, new Changes(null, null, true));
            access.restrict(other, Set.of(Listeners.sampleLibraryId()));
            assertThat(order(other, id)).containsExactly(s.get(1), s.get(2), s.get(3));
            assertThat(playlists.get(other, id).trackCount()).isEqualTo(3);

            access.restrict(owner, Set.of(Listeners.sampleLibraryId()));
            playlists.remove(owner, id, List.of(1));
            playlists.add(owner, id, List.of(s.get(4)), 1);
            playlists.move(owner, id, 0, 2);
            assertThat(order(owner, id)).containsExactly(s.get(4), s.get(3), s.get(1));
            assertThatThrownBy(() -> playlists.add(owner, id, List.of(x.get(0)), null))
                    .as("a track the owner cannot see cannot be added").isInstanceOf(NoSuchItemException.class);

            access.allowAll(owner);
            assertThat(order(owner, id)).as("hidden entries kept their places").containsExactly(x.get(1), x.get(2), s.get(4),
                    s.get(3), s.get(1));

            access.restrict(owner, Set.of(Listeners.sampleLibraryId()));
            playlists.replace(owner, id, List.of(s.get(0)));
            access.allowAll(owner);
            assertThat(order(owner, id)).as("a replacement keeps what the owner did not see").containsExactly(s.get(0), x.get(1),
                    x.get(2));
        }
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        UUID id = playlists.create(owner, "Three", List.of(s.get(0), s.get(1), s.get(2))).id();
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> playlists.get(owner, unknown)).isInstanceOf(NoSuchItemException.class)
                .hasMessageContaining("playlist");
        assertThatThrownBy(() -> playlists.add(owner, unknown, List.of(s.get(0)), null)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> playlists.delete(owner, unknown)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> playlists.add(owner, id, List.of(s.get(3), unknown), null)).isInstanceOf(NoSuchItemException.class)
                .hasMessageContaining(unknown.toString());
        assertThatThrownBy(() -> playlists.replace(owner, id, List.of(unknown))).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> playlists.create(owner, "Ghosts", List.of(unknown))).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> playlists.create(987_654_321L, "Nobody's", List.of())).isInstanceOf(IllegalArgumentException.class);

        assertThatThrownBy(() -> playlists.add(owner, id, List.of(s.get(3)), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> playlists.add(owner, id, List.of(s.get(3)), 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 to 3");
        assertThatThrownBy(() -> playlists.move(owner, id, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> playlists.move(owner, id, 0, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 to 2");
        assertThatThrownBy(() -> playlists.remove(owner, id, List.of(0, Integer.MIN_VALUE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> playlists.remove(owner, id, List.of(3))).isInstanceOf(IllegalArgumentException.class);
        for (String name : new String[] { "", "   ", "x".repeat(Playlists.MAX_NAME + 1) }) {
            assertThatThrownBy(() -> playlists.update(owner, id, new Changes(name, null, null))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> playlists.update(owner, id, new Changes(null, "x".repeat(Playlists.MAX_COMMENT + 1), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> playlists.create(owner, "Huge", Collections.nCopies(Playlists.MAX_ENTRIES + 1, s.get(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");

        assertThat(order(owner, id)).containsExactly(s.get(0), s.get(1), s.get(2));
        assertThat(playlists.get(owner, id).name()).isEqualTo("Three");
    }

    @Test
    void theEntryLimitHoldsForEveryWayOfAdding() {
        UUID id = playlists.create(owner, "Long", Collections.nCopies(Playlists.MAX_ENTRIES - 1, s.get(0))).id();
        assertThatThrownBy(() -> playlists.add(owner, id, List.of(s.get(1), s.get(2)), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> playlists.add(owner, id, List.of(s.get(1), s.get(2)), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(playlists.add(owner, id, List.of(s.get(1)), 0).trackCount()).isEqualTo(Playlists.MAX_ENTRIES);
        assertThatThrownBy(() -> playlists.add(owner, id, List.of(s.get(2)), null)).isInstanceOf(IllegalArgumentException.class);
        List<Track> tracks = playlists.tracks(owner, id);
        assertThat(tracks).hasSize(Playlists.MAX_ENTRIES);
        assertThat(tracks.get(0).id).isEqualTo(s.get(1));
        assertThat(tracks.get(Playlists.MAX_ENTRIES - 1).id).isEqualTo(s.get(0));
        assertPositionsContiguous(id, Playlists.MAX_ENTRIES);
    }

    @Test
    void concurrentEditsOfOnePlaylistKeepEveryEntryAndPosition() throws Exception {
        UUID id = playlists.create(owner, "Busy", List.of(s.get(0))).id();
        int rounds = 40;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try {
            Future<?> appending = editors.submit(() -> {
                go.await();
                for (int i = 0; i < rounds; i++) {
                    playlists.add(owner, id, List.of(s.get(1)), null);
                }
                return null;
            });
            Future<?> inserting = editors.submit(() -> {
                go.await();
                for (int i = 0; i < rounds; i++) {
                    playlists.add(owner, id, List.of(s.get(2)), 0);
                    playlists.move(owner, id, 0, 1);
                }
                return null;
            });
            go.countDown();
            appending.get();
            inserting.get();
        } finally {
            editors.shutdownNow();
        }
        List<UUID> order = order(owner, id);
        assertThat(order).hasSize(1 + 2 * rounds);
        assertThat(order.stream().filter(s.get(1)::equals)).hasSize(rounds);
        assertThat(order.stream().filter(s.get(2)::equals)).hasSize(rounds);
        assertThat(order.get(0)).as("each insertion at the top was moved down at once").isEqualTo(s.get(0));
        assertPositionsContiguous(id, 1 + 2 * rounds);
    }

    private List<UUID> order(long user, UUID playlist) {
        return new ArrayList<>(playlists.tracks(user, playlist).stream().map(t -> t.id).toList());
    }

    private void assertPositionsContiguous(UUID playlist, int size) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "SELECT count(*), min(position), max(position), count(DISTINCT position) FROM playlist_entry WHERE playlist_id = ?1")
                .setParameter(1, playlist).getSingleResult());
        assertThat(row).extracting(v -> ((Number) v).intValue()).containsExactly(size, 0, size - 1, size);
    }
}
