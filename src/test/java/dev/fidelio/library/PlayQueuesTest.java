package dev.fidelio.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.MusicFolders;
import dev.fidelio.index.ScanMonitor;
import dev.fidelio.library.PlayQueues.PlayQueue;
import dev.fidelio.users.AccountService;
import dev.fidelio.users.Role;
import io.quarkus.test.junit.QuarkusTest;

/** A user's play queue, saved by one player and read by another, as the user may see it. */
@QuarkusTest
class PlayQueuesTest {

    @Inject
    PlayQueues queues;

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

    List<UUID> s;
    long user;

    @BeforeEach
    void aListener() {
        s = Listeners.sampleTracks(scanner);
        user = Listeners.newUser(accounts, Role.USER);
    }

    @Test
    void aQueueSavedByOnePlayerIsPickedUpByAnother() {
        assertThat(queues.get(user)).isEmpty();
        Instant before = Instant.now();
        queues.save(user, List.of(s.get(0), s.get(1), s.get(0)), 2, 61_500, "DSub");
        PlayQueue saved = queues.get(user).orElseThrow();
        assertThat(saved.tracks()).extracting(t -> t.id).containsExactly(s.get(0), s.get(1), s.get(0));
        assertThat(saved.current()).isEqualTo(2);
        assertThat(saved.positionMillis()).isEqualTo(61_500);
        assertThat(saved.changedBy()).isEqualTo("DSub");
        assertThat(saved.changedAt()).isBetween(before.minus(Duration.ofSeconds(1)), Instant.now());

        queues.save(user, List.of(s.get(2)), null, 0, null);
        assertThat(queues.get(user)).get().satisfies(q -> {
            assertThat(q.tracks()).extracting(t -> t.id).containsExactly(s.get(2));
            assertThat(q.current()).isNull();
            assertThat(q.changedBy()).isNull();
        });
        assertThat(queues.get(Listeners.newUser(accounts, Role.USER))).as("each user has a queue of their own").isEmpty();

        queues.save(user, List.of(), null, 0, "DSub");
        assertThat(queues.get(user)).as("saving no tracks clears the queue").isEmpty();
    }

    @Test
    void tracksTheUserCannotSeeAreKeptAndSkipped() throws Exception {
        try (Listeners.SecondLibrary second = Listeners.SecondLibrary.add(folders, scanner, monitor, store)) {
            List<UUID> x = second.tracks();
            queues.save(user, List.of(x.get(0), s.get(0), x.get(1), s.get(1)), 2, 5_000, "Feishin");
            access.restrict(user, Set.of(Listeners.sampleLibraryId()));
            PlayQueue restricted = queues.get(user).orElseThrow();
            assertThat(restricted.tracks()).extracting(t -> t.id).containsExactly(s.get(0), s.get(1));
            assertThat(restricted.current()).as("the next track the user sees, from its start").isEqualTo(1);
            assertThat(restricted.positionMillis()).isZero();

            access.allowAll(user);
            PlayQueue whole = queues.get(user).orElseThrow();
            assertThat(whole.tracks()).extracting(t -> t.id).containsExactly(x.get(0), s.get(0), x.get(1), s.get(1));
            assertThat(whole.current()).isEqualTo(2);
            assertThat(whole.positionMillis()).isEqualTo(5_000);

            queues.save(user, List.of(x.get(0), s.get(0), s.get(1)), 1, 7_000, "Feishin");
            access.restrict(user, Set.of(Listeners.sampleLibraryId()));
            assertThat(queues.get(user)).get().satisfies(q -> {
                assertThat(q.current()).isZero();
                assertThat(q.positionMillis()).isEqualTo(7_000);
            });
            assertThatThrownBy(() -> queues.save(user, List.of(x.get(0)), 0, 0, "Feishin"))
                    .as("a track the user cannot see cannot be queued").isInstanceOf(NoSuchItemException.class);
        }
    }

    @Test
    void badInputIsRefusedAndTheQueueStaysAsItWas() {
        queues.save(user, List.of(s.get(0), s.get(1)), 1, 1_000, "Amperfy");
        List<UUID> two = List.of(s.get(0), s.get(1));
        assertThatThrownBy(() -> queues.save(user, two, -1, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queues.save(user, two, 2, 0, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 to 1");
        assertThatThrownBy(() -> queues.save(user, List.of(), 0, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queues.save(user, two, 0, -1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queues.save(user, two, 0, Long.MAX_VALUE, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queues.save(user, two, 0, 0, "x".repeat(PlayQueues.MAX_CLIENT_NAME + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queues.save(user, Collections.nCopies(PlayQueues.MAX_TRACKS + 1, s.get(0)), 0, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
        assertThatThrownBy(() -> queues.save(user, List.of(s.get(0), UUID.randomUUID()), 0, 0, null))
                .isInstanceOf(NoSuchItemException.class);

        PlayQueue unchanged = queues.get(user).orElseThrow();
        assertThat(unchanged.tracks()).extracting(t -> t.id).containsExactly(s.get(0), s.get(1));
        assertThat(unchanged.current()).isEqualTo(1);
        assertThat(unchanged.positionMillis()).isEqualTo(1_000);
        assertThat(unchanged.changedBy()).isEqualTo("Amperfy");
    }
}
