package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.testsupport.TestFiles;

/**
 * The account whose answers the snapshots hold: a plain user who sees only the sample library, so that what it is
 * shown does not depend on which accounts and folders other tests made.
 */
final class SnapshotAccount {

    static final String NAME = "snapshot-listener";
    static final String PASSWORD = "snapshot password";

    private SnapshotAccount() {
    }

    /** Made through Subsonic's own createUser the first time it is needed. */
    static synchronized SubsonicCall call() {
        JsonNode existing = SubsonicCall.asAdmin().set("username", NAME).getJson("getUser");
        if (existing.path("error").path("code").asInt() == 70) {
            JsonNode created = SubsonicCall.asAdmin().set("username", NAME).set("password", PASSWORD)
                    .set("email", "listener@example.org").set("musicFolderId", Long.toString(sampleFolderId()))
                    .getJson("createUser");
            assertThat(created.path("status").asText()).as(created.toString()).isEqualTo("ok");
        }
        return SubsonicCall.withToken(NAME, PASSWORD);
    }

    /** The id of the sample library's music folder, which an administrator sees among all. */
    static long sampleFolderId() {
        String name = TestFiles.sampleLibrary().getFileName().toString();
        for (JsonNode folder : SubsonicCall.asAdmin().getJson("getMusicFolders").path("musicFolders").path("musicFolder")) {
            if (folder.path("name").asText().equals(name)) {
                return folder.path("id").asLong();
            }
        }
        throw new AssertionError("No music folder named " + name);
    }
}
