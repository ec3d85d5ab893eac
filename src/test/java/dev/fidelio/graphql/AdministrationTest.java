package dev.fidelio.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.fidelio.index.ScanKind;
import dev.fidelio.index.ScratchAlbum;
import dev.fidelio.index.Scans;
import dev.fidelio.library.ScanRun;
import dev.fidelio.testsupport.Api;
import dev.fidelio.testsupport.Eventually;
import dev.fidelio.testsupport.TestFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What administrators do through the API: accounts, their libraries, the music folders and scans. */
@QuarkusTest
class AdministrationTest extends GraphQLTestSupport {

    private static final String PASSWORD = "a long enough password";
    private static final String USER = "{ id username role admin enabled createdAt libraries }";

    @Test
    void listenersAreRefusedEveryAdministrativeCall() {
        String name = "listener-" + UUID.randomUUID();
        Api.createUser(name, PASSWORD, "user");
        GraphQL user = GraphQL.as(Api.token(name, PASSWORD));
        for (String call : List.of("{ users { id } }", "mutation { createUser(username: \"x\", password: \"yyyyyyyyyy\") { id } }",
                "mutation { updateUser(id: \"1\", enabled: false) { id } }", "mutation { deleteUser(id: \"1\") }",
                "mutation { setLibraryAccess(userId: \"1\", libraries: []) { id } }", "mutation { addLibrary(path: \"/tmp\") { id } }",
                "mutation { renameLibrary(id: \"1\", name: \"x\") { id } }", "mutation { removeLibrary(id: \"1\") }",
                "mutation { startScan { id } }")) {
            assertThat(user.errors(call)).as(call).singleElement().asString().startsWith("Forbidden: ").endsWith("for administrators");
        }
        assertThat(admin.data("{ users { username } }").getList("users.username")).as("nothing changed").doesNotContain("x");
    }

    @Test
    void anAdministratorManagesAccountsAndWhatTheySee() {
        String name = "managed-" + UUID.randomUUID();
        JsonPath created = admin.data("mutation($n: String!, $p: String!) { createUser(username: $n, password: $p) " + USER + " }",
                "n", name, "p", PASSWORD).setRootPath("data.createUser");
        String id = created.getString("id");
        assertThat(created.getString("role")).isEqualTo("user");
        assertThat(created.getBoolean("enabled")).isTrue();
        assertThat(created.getString("createdAt")).isNotNull();
        assertThat(created.getList("libraries")).as("every library").isNull();
        assertThat(admin.data("{ users { id username } }").getList("users.username")).contains(name, "admin");

        JsonPath limited = admin.data("mutation($id: ID!, $l: [String]) { setLibraryAccess(userId: $id, libraries: $l) " + USER + " }", "id", id,
                "l", List.of(sampleLibrary)).setRootPath("data.setLibraryAccess");
        assertThat(limited.getList("libraries")).containsExactly(sampleLibrary);
        GraphQL user = GraphQL.as(Api.token(name, PASSWORD));
        assertThat(user.data("{ libraries { id } }").getList("libraries.id")).containsExactly(sampleLibrary);
        assertThat(admin.data("mutation($id: ID!) { setLibraryAccess(userId: $id, libraries: []) { libraries } }", "id", id)
                .getList("setLibraryAccess.libraries")).isEmpty();
        assertThat(user.data("{ libraries { id } albums { totalCount } }").getInt("albums.totalCount")).isZero();
        assertThat(admin.data("mutation($id: ID!) { setLibraryAccess(userId: $id) { libraries } }", "id", id)
                .getList("setLibraryAccess.libraries")).isNull();

        JsonPath promoted = admin.data("mutation($id: ID!) { updateUser(id: $id, role: \"admin\") " + USER + " }", "id", id)
                .setRootPath("data.updateUser");
        assertThat(promoted.getBoolean("admin")).isTrue();
        assertThat(admin.data("mutation($id: ID!) { updateUser(id: $id, enabled: false) { enabled } }", "id", id).getBoolean("updateUser.enabled"))
                .isFalse();
        Api.login(name, PASSWORD).then().statusCode(401);
        assertThat(admin.data("mutation($id: ID!) { deleteUser(id: $id) }", "id", id).getString("deleteUser")).isEqualTo(id);
        assertThat(admin.data("{ users { id } }").getList("users.id")).doesNotContain(id);
    }

    @Test
    void badAccountChangesAreRefusedWithAReason() {
        assertThat(admin.errors("mutation { createUser(username: \"admin\", password: \"a long enough password\") { id } }"))
                .containsExactly("A user named 'admin' already exists.");
        assertThat(admin.errors("mutation { createUser(username: \"short-password\", password: \"short\") { id } }"))
                .containsExactly("A password needs at least 8 characters.");
        assertThat(admin.errors("mutation { createUser(username: \"boss\", password: \"a long enough password\", role: \"boss\") { id } }"))
                .containsExactly("Unknown role 'boss': use 'admin' or 'user'");
        assertThat(admin.errors("mutation { deleteUser(id: \"987654321\") }")).containsExactly("No user with id 987654321.");
        assertThat(admin.errors("mutation { updateUser(id: \"me\", enabled: false) { id } }")).containsExactly("'me' is not a user id");
        assertThat(admin.errors("mutation { setLibraryAccess(userId: \"1\", libraries: [\"987654321\"]) { id } }"))
                .containsExactly("Unknown library among [987654321]");
        String adminId = admin.data("{ me { id } }").getString("me.id");
        Api.withAdminAsTheLastAdministrator(() -> assertThat(admin.errors("mutation($id: ID!) { deleteUser(id: $id) }", "id", adminId))
                .containsExactly("This is the last enabled administrator; make another one first."));
    }

    @Test
    void anAdministratorAddsRenamesAndRemovesALibrary() throws Exception {
        Path scratch = ScratchAlbum.copy("Kofi Mensah & The Accra Strings/Highlife Sessions", "Highlife");
        try {
            JsonPath added = admin.data("mutation($p: String!) { addLibrary(path: $p) { id name path status } }", "p", scratch.toString())
                    .setRootPath("data.addLibrary");
            String id = added.getString("id");
            assertThat(added.getString("path")).isEqualTo(scratch.toString());
            assertThat(added.getString("name")).isEqualTo(scratch.getFileName().toString());
            assertThat(added.getString("status")).isEqualTo("online");
            Eventually.until("the new library indexed", () -> trackCount(id) == 5);

            assertThat(admin.data("mutation($id: ID!) { renameLibrary(id: $id, name: \" Highlife shelf \") { name path } }", "id", id)
                    .getString("renameLibrary.name")).isEqualTo("Highlife shelf");
            assertThat(admin.errors("mutation($id: ID!) { renameLibrary(id: $id, name: \"\") { name } }", "id", id))
                    .containsExactly("A music folder's name has 1 to 200 characters and no control characters.");
            assertThat(admin.errors("mutation($p: String!) { addLibrary(path: $p) { id } }", "p", scratch.resolve("Highlife").toString()))
                    .singleElement().asString().contains("overlaps the music folder");

            Scans.awaitIdle(scanner, runs);
            assertThat(admin.data("mutation($id: ID!) { removeLibrary(id: $id) }", "id", id).getString("removeLibrary")).isEqualTo(id);
            assertThat(admin.data("{ libraries { id } }").getList("libraries.id")).doesNotContain(id);
        } finally {
            TestFiles.deleteTree(scratch);
        }
        assertThat(admin.errors("mutation { addLibrary(path: \"music\") { id } }")).containsExactly("Give the music folder as an absolute path.");
        assertThat(admin.errors("mutation { removeLibrary(id: \"987654321\") }")).containsExactly("No music folder with id 987654321.");
    }

    @Test
    void aScanStartedHereAnswersWithItsOwnStatus() {
        JsonPath started = admin.data("mutation { startScan(kind: RULES) { id kind phase running queuedAt } }").setRootPath("data.startScan");
        long id = Long.parseLong(started.getString("id"));
        assertThat(started.getString("kind")).isEqualTo("rules");
        assertThat(started.getString("queuedAt")).isNotNull();
        ScanRun run = Scans.await(runs, id);
        assertThat(run.kind).isEqualTo(ScanKind.RULES.id());
        assertThat(admin.data("query($id: ID!) { scan(id: $id) { phase running } }", "id", started.getString("id")).getMap("scan"))
                .isEqualTo(Map.of("phase", "finished", "running", false));
    }

    private int trackCount(String library) {
        return admin.data("{ libraries { id trackCount } }").<Map<String, Object>>getList("libraries").stream()
                .filter(l -> l.get("id").equals(library)).mapToInt(l -> ((Number) l.get("trackCount")).intValue()).findFirst().orElse(-1);
    }
}
