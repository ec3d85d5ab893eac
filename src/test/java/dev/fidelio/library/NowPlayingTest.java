package dev.fidelio.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.library.NowPlaying.Change;
import dev.fidelio.library.NowPlaying.Entry;
import dev.fidelio.testsupport.Eventually;
import dev.fidelio.users.AccountService;
import dev.fidelio.users.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/**
 * Who is listening to what: entries that begin, are replaced and run out, shown only to whom may see the track, and
 * shared with the other servers on the database.
 */
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

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

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

    @Test
    void whatThisServerStartsIsToldToTheOtherServers() throws Exception {
        try (Connection other = dataSource.getConnection(); Statement sql = other.createStatement()) {
            sql.execute("LISTEN fidelio_now_playing");
            try {
                Entry entry = nowPlaying.started(user, s.get(6), "Ultrasonic").orElseThrow();
                PGNotification told = Eventually.value("the other servers told", () -> notification(other));
                String payload = told.getParameter();
                assertThat(json.readValue(payload.substring(payload.indexOf(' ') + 1), Entry.class)).isEqualTo(entry);
            } finally {
                sql.execute("UNLISTEN *");
            }
        }
    }

    @Test
    void whatAnotherServerStartsIsListedAndItsChangesReachTheSubscribersHere() throws Exception {
        AssertSubscriber<Change> changes = nowPlaying.changes(VisibleLibraries.ALL).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Entry elsewhere = new Entry(user, username(other), s.get(7), Listeners.sampleLibraryId(), "Feishin", now,
                    now.plusSeconds(2));
            // What another server's started() writes and tells, in one transaction.
            try (PreparedStatement row = other.prepareStatement("INSERT INTO now_playing (user_id, client, track_id,"
                    + " music_folder_id, started_at, ends_at) VALUES (?, ?, ?, ?, ?, ?)");
                    PreparedStatement notify = other.prepareStatement("SELECT pg_notify('fidelio_now_playing', ?)")) {
                row.setLong(1, elsewhere.userId());
                row.setString(2, elsewhere.client());
                row.setObject(3, elsewhere.trackId());
                row.setLong(4, elsewhere.musicFolderId());
                row.setTimestamp(5, Timestamp.from(elsewhere.startedAt()));
                row.setTimestamp(6, Timestamp.from(elsewhere.endsAt()));
                row.executeUpdate();
                notify.setString(1, "another-server " + json.writeValueAsString(elsewhere));
                notify.execute();
            }
            other.commit();
            assertThat(mine()).containsExactly(elsewhere);
            Eventually.until("its start and its end heard", () -> changes.getItems().stream()
                    .filter(c -> c.entry().equals(elsewhere)).count() == 2);
            assertThat(changes.getItems().stream().filter(c -> c.entry().equals(elsewhere)))
                    .containsExactly(new Change(elsewhere, true), new Change(elsewhere, false));
            assertThat(mine()).isEmpty();
        } finally {
            changes.cancel();
        }
    }

    private static Optional<PGNotification> notification(Connection connection) {
        try {
            PGNotification[] heard = connection.unwrap(PGConnection.class).getNotifications(100);
            return heard == null || heard.length == 0 ? Optional.empty() : Optional.of(heard[0]);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String username(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT username FROM app_user WHERE id = ?")) {
            query.setLong(1, user);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private List<Entry> mine() {
        return nowPlaying.list(VisibleLibraries.ALL).stream().filter(e -> e.userId() == user).toList();
    }

    private static double duration(UUID track) {
        return QuarkusTransaction.requiringNew().call(() -> Track.<Track>findById(track).durationSeconds);
    }
}
