package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.library.LibraryAccess;
import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GetMusicFoldersTest {

    @Inject
    LibraryAccess access;

    @Test
    void getMusicFolders() {
        Renderings.assertAll("getMusicFolders", "getMusicFolders", SnapshotAccount::call);
    }

    @Test
    void eachCallerSeesOnlyTheFoldersTheyMay() {
        long sample = SnapshotAccount.sampleFolderId();
        String name = SubsonicCall.uniqueName("folders");
        long id = Api.createUser(name, "a long enough password", "user");
        SubsonicCall user = SubsonicCall.withToken(name, "a long enough password");
        assertThat(ids(user)).contains(sample);

        access.restrict(id, Set.of());
        assertThat(ids(user)).isEmpty();
        assertThat(user.getJson("getMusicFolders").path("musicFolders").path("musicFolder").isArray())
                .as("an empty list is still a list").isTrue();

        access.restrict(id, Set.of(sample));
        assertThat(ids(user)).containsExactly(sample);
        assertThat(ids(SubsonicCall.asAdmin())).contains(sample);
    }

    private static java.util.List<Long> ids(SubsonicCall call) {
        JsonNode folders = call.getJson("getMusicFolders").path("musicFolders").path("musicFolder");
        return folders.findValuesAsText("id").stream().map(Long::valueOf).toList();
    }
}
