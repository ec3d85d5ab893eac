package dev.fidelio.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.fidelio.users.AccountService;
import dev.fidelio.users.Role;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LibraryAccessTest {

    @Inject
    LibraryAccess access;

    @Inject
    AccountService accounts;

    @Test
    void aNewAccountSeesEveryLibraryUntilRestricted() {
        long user = newUser(Role.USER);
        long folder = anyMusicFolder();
        assertThat(access.of(user).all()).isTrue();

        access.restrict(user, Set.of());
        assertThat(access.of(user).allows(folder)).isFalse();

        access.restrict(user, Set.of(folder));
        assertThat(access.of(user)).isEqualTo(VisibleLibraries.only(Set.of(folder)));

        access.allowAll(user);
        assertThat(access.of(user).all()).isTrue();
    }

    @Test
    void anAdminSeesEverythingEvenWhenRestricted() {
        long admin = newUser(Role.ADMIN);
        access.restrict(admin, Set.of());
        assertThat(access.of(admin).all()).isTrue();
        // The tests share one database, and others rely on the settings' admin being the only enabled one.
        accounts.update(admin, false, null, null);
    }

    @Test
    void unknownUsersAndLibrariesAreRefused() {
        long user = newUser(Role.USER);
        assertThatThrownBy(() -> access.restrict(user, Set.of(anyMusicFolder(), 987_654_321L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown library");
        assertThat(access.of(user).all()).as("a refused change changes nothing").isTrue();
        assertThatThrownBy(() -> access.allowAll(987_654_321L)).isInstanceOf(IllegalArgumentException.class);
        assertThat(access.of(987_654_321L).folderIds()).as("an unknown account sees nothing").isEmpty();
    }

    private long newUser(Role role) {
        return accounts.create("access-" + UUID.randomUUID(), "a long enough password", role).id;
    }

    private static long anyMusicFolder() {
        return MusicFolder.<MusicFolder>findAll().firstResult().id;
    }
}
