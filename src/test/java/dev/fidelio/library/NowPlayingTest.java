package dev.fidelio.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.library.NowPlaying.Change;
import dev.fidelio.library.NowPlaying.Entry;
import dev.fidelio.testsupport.Eventually;
import dev.fidelio.users.AccountService;
import dev.fidelio.users.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/** Who is listening to what: entries that begin, are replaced and run out, shown only to whom may see the track. */
@QuarkusTest
class NowPlayingTest {

    @Inject
    NowPlaying nowPlaying;

    @Inject
    LibraryAccess access;

    @Inject
    AccountService accounts;

    @Inject
    LibraryScanner scanner;

    List<UUID> s;
    long user;

    @BeforeEach
    void aListener() {
        s = Listeners.sampleTracks(scanner);
        user = Listeners.newUser(accounts, Role.USER);
    }

    @Test
    void anEntryLastsUntilItsPlayerStartsAnotherTrackOrTheTrackIsOver() {
        AssertSubscriber<Change> changes = nowPlaying.changes(VisibleLibraries.ALL).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        try {
            Entry first = nowPlaying.started(user, s.get(0), " Symfonium ").orElseThrow();
            assertThat(first.client()).isEqualTo("Symfonium");
            assertThat(first.username()).startsWith("listener-");
            assertThat(first.musicFolderId()).isEqualTo(Listeners.sampleLibraryId());
            assertThat(Duration.between(first.startedAt(), first.endsAt()))
                    .as("the track's length and the grace period of the test profile")
                    .isEqualTo(Duration.ofMillis(Math.round(duration(s.get(0)) * 1000)).plusSeconds(5));
            assertThat(mine()).containsExactly(first);

            assertThat(nowPlaying.started(user, s.get(0), "Symfonium")).as("the same listening going on").contains(first);
            Entry second = nowPlaying.started(user, s.get(1), "Symfonium").orElseThrow();
            Entry elsewhere = nowPlaying.started(user, s.get(2), "Web player").orElseThrow();
            assertThat(mine()).containsExactlyInAnyOrder(second, elsewhere);

            Eventually.until("both entries over", () -> mine().isEmpty());
            List<Change> seen = Eventually.value("the changes of both players", () -> {
                List<Change> mine = changes.getItems().stream().filter(c -> c.entry().userId() == user).toList();
                return mine.size() == 6 ? Optional.of(mine) : Optional.empty();
            });
            assertThat(seen.subList(0, 4)).containsExactly(new Change(first, true), new Change(first, false),
                    new Change(second, true), new Change(elsewhere, true));
            assertThat(seen.subList(4, 6)).as("each runs out").containsExactlyInAnyOrder(new Change(second, false),
                    new Change(elsewhere, false));
        } finally {
            changes.cancel();
        }
    }

    @Test
    void entriesShowOnlyToWhomMaySeeTheirTrack() {
        long restricted = Listeners.newUser(accounts, Role.USER);
        access.restrict(restricted, Set.of());
        AssertSubscriber<Change> theirs = nowPlaying.changes(access.of(restricted)).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        AssertSubscriber<Change> everyones = nowPlaying.changes(VisibleLibraries.ALL).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        try {
            Entry entry = nowPlaying.started(user, s.get(3), "DSub").orElseThrow();
            assertThat(nowPlaying.list(VisibleLibraries.ALL)).contains(entry);
            assertThat(nowPlaying.list(access.of(restricted))).doesNotContain(entry);
            everyones.awaitNextItem();
            assertThat(theirs.getItems()).noneMatch(c -> c.entry().equals(entry));

            assertThat(nowPlaying.started(restricted, s.get(3), "DSub")).as("a track the user may not see is not shown").isEmpty();
            assertThat(nowPlaying.list(VisibleLibraries.ALL)).noneMatch(e -> e.userId() == restricted);
        } finally {
            theirs.cancel();
            everyones.cancel();
        }
        assertThatThrownBy(() -> nowPlaying.started(user, UUID.randomUUID(), "DSub")).isInstanceOf(NoSuchItemException.class);
        assertThat(nowPlaying.started(user, s.get(4), "  ").orElseThrow().client()).isNull();
        assertThat(nowPlaying.started(user, s.get(5), "x".repeat(1_000)).orElseThrow().client()).hasSize(NowPlaying.MAX_CLIENT_NAME);
    }

    private List<Entry> mine() {
        return nowPlaying.list(VisibleLibraries.ALL).stream().filter(e -> e.userId() == user).toList();
    }

    private static double duration(UUID track) {
        return QuarkusTransaction.requiringNew().call(() -> Track.<Track>findById(track).durationSeconds);
    }
}
