package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;

/** getUser, getUsers, createUser, updateUser, deleteUser and changePassword, with who may do what. */
@QuarkusTest
class UserManagementTest {

    private static final String PASSWORD = "a long enough password";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void getUser() {
        SnapshotAccount.call();
        Renderings.assertAll("getUser", "getUser", () -> SnapshotAccount.call().set("username", SnapshotAccount.NAME));
    }

    /** Other tests make accounts too: the snapshots hold the snapshot account's entry only. */
    @Test
    void getUsers() {
        SnapshotAccount.call();
        Supplier<SubsonicCall> call = SubsonicCall::asAdmin;
        String xml = Renderings.xml(call.get().get("getUsers"));
        Renderings.assertNamespaced(xml);
        Snapshots.assertXml("getUsers", onlySnapshotAccountXml(xml));
        String json = Renderings.json(call.get().json().get("getUsers"));
        SubsonicSchemas.assertValidJson("getUsers", json);
        Snapshots.assertJson("getUsers", onlySnapshotAccountJson(json));
        String legacyXml = Renderings.xml(call.get().asLegacyClient().get("getUsers"));
        SubsonicSchemas.assertValidXml(legacyXml);
        Snapshots.assertXml("getUsers.legacy", onlySnapshotAccountXml(legacyXml));
        Snapshots.assertJson("getUsers.legacy", onlySnapshotAccountJson(Renderings.json(call.get().asLegacyClient().json().get("getUsers"))));
    }

    @Test
    void emptyAnswersInEveryRendering() {
        Renderings.assertAll("createUser", "createUser", () -> SubsonicCall.asAdmin()
                .set("username", SubsonicCall.uniqueName("rendered")).set("password", PASSWORD).set("email", "a@b.c"));
        String name = newUser();
        Renderings.assertAll("updateUser", "updateUser", () -> SubsonicCall.asAdmin().set("username", name).set("adminRole", "false"));
        Renderings.assertAll("changePassword", "changePassword", () -> SubsonicCall.asAdmin().set("username", name)
                .set("password", PASSWORD));
        Renderings.assertAll("deleteUser", "deleteUser", () -> SubsonicCall.asAdmin()
                .set("username", created(SubsonicCall.uniqueName("deleted"))));
    }

    @Test
    void usersLookUpOnlyThemselvesAndAdministratorsAnyone() {
        String alice = newUser();
        String bob = newUser();
        SubsonicCall asAlice = SubsonicCall.withToken(alice, PASSWORD);
        JsonNode own = asAlice.set("username", alice.toUpperCase()).getJson("getUser").path("user");
        assertThat(own.path("username").asText()).isEqualTo(alice);
        assertThat(own.path("adminRole").asBoolean()).isFalse();
        assertThat(own.path("streamRole").asBoolean()).isTrue();

        assertThat(code(SubsonicCall.withToken(alice, PASSWORD).set("username", bob), "getUser")).isEqualTo(50);
        assertThat(SubsonicCall.asAdmin().set("username", bob).getJson("getUser").path("user").path("username").asText()).isEqualTo(bob);
        assertThat(code(SubsonicCall.asAdmin().set("username", "no-such-user-anywhere"), "getUser")).isEqualTo(70);
        assertThat(code(SubsonicCall.asAdmin(), "getUser")).isEqualTo(10);
    }

    @Test
    void onlyAdministratorsListMakeChangeAndDeleteAccounts() {
        String user = newUser();
        SubsonicCall asUser = SubsonicCall.withToken(user, PASSWORD);
        assertThat(code(asUser, "getUsers")).isEqualTo(50);
        assertThat(code(SubsonicCall.withToken(user, PASSWORD).set("username", "x-" + user).set("password", PASSWORD), "createUser"))
                .isEqualTo(50);
        assertThat(code(SubsonicCall.withToken(user, PASSWORD).set("username", user).set("adminRole", "true"), "updateUser"))
                .isEqualTo(50);
        assertThat(code(SubsonicCall.withToken(user, PASSWORD).set("username", user), "deleteUser")).isEqualTo(50);

        List<String> names = SubsonicCall.asAdmin().getJson("getUsers").path("users").path("user").findValuesAsText("username");
        assertThat(names).contains(Api.ADMIN, user).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void createUserMakesAnAccountThatLogsInEveryWay() {
        String name = SubsonicCall.uniqueName("created");
        String password = "Ünïcödé password";
        assertThat(code(SubsonicCall.asAdmin().set("username", name).set("password", "enc:" + hex(password))
                .set("email", "someone@example.org").set("adminRole", "true").set("downloadRole", "false"), "createUser")).isEqualTo(-1);

        assertThat(code(SubsonicCall.withToken(name, password), "ping")).isEqualTo(-1);
        assertThat(code(SubsonicCall.withPassword(name, password), "ping")).isEqualTo(-1);
        assertThat(Api.login(name, password).statusCode()).isEqualTo(200);
        assertThat(user(name).path("adminRole").asBoolean()).isTrue();
        assertThat(code(SubsonicCall.asAdmin().set("username", name), "deleteUser")).as("one administrator less").isEqualTo(-1);
    }

    @Test
    void repeatedMusicFolderIdsLimitTheNewAccount() {
        long sample = SnapshotAccount.sampleFolderId();
        String name = SubsonicCall.uniqueName("limited");
        SubsonicCall create = SubsonicCall.asAdmin().set("username", name).set("password", PASSWORD)
                .add("musicFolderId", Long.toString(sample)).add("musicFolderId", Long.toString(sample));
        assertThat(code(create.json().post("createUser"))).isEqualTo(-1);
        assertThat(user(name).path("folder")).hasSize(1);
        assertThat(user(name).path("folder").get(0).asLong()).isEqualTo(sample);
    }

    @Test
    void aRefusedCreateUserLeavesNoAccountBehind() {
        String name = SubsonicCall.uniqueName("refused");
        JsonNode unknownFolder = SubsonicCall.asAdmin().set("username", name).set("password", PASSWORD)
                .set("musicFolderId", "987654321").getJson("createUser").path("error");
        assertThat(unknownFolder.path("code").asInt()).isEqualTo(70);
        assertThat(unknownFolder.path("message").asText()).contains("987654321");
        assertThat(code(SubsonicCall.asAdmin().set("username", name), "getUser")).isEqualTo(70);

        assertThat(code(SubsonicCall.asAdmin().set("username", name).set("password", PASSWORD).set("musicFolderId", "one"),
                "createUser")).isZero();
        assertThat(code(SubsonicCall.asAdmin().set("username", name).set("password", PASSWORD)
                .set("musicFolderId", "99999999999999999999"), "createUser")).isZero();
        assertThat(code(SubsonicCall.asAdmin().set("username", name).set("password", PASSWORD).set("adminRole", "yes"),
                "createUser")).isZero();
        assertThat(code(SubsonicCall.asAdmin().set("username", name).set("password", "short"), "createUser")).isZero();
        assertThat(code(SubsonicCall.asAdmin().set("username", name).set("password", "enc:xyz"), "createUser")).isZero();
        assertThat(code(SubsonicCall.asAdmin().set("username", "x".repeat(65)).set("password", PASSWORD), "createUser")).isZero();
        assertThat(code(SubsonicCall.asAdmin().set("username", name), "createUser")).isEqualTo(10);
        assertThat(code(SubsonicCall.asAdmin().set("password", PASSWORD), "createUser")).isEqualTo(10);
        assertThat(code(SubsonicCall.asAdmin().set("username", name), "getUser")).isEqualTo(70);

        String existing = newUser();
        JsonNode duplicate = SubsonicCall.asAdmin().set("username", existing.toUpperCase()).set("password", PASSWORD)
                .getJson("createUser").path("error");
        assertThat(duplicate.path("code").asInt()).isZero();
        assertThat(duplicate.path("message").asText()).contains("already exists");
    }

    @Test
    void updateUserChangesWhatIsGivenOnly() {
        String name = newUser();
        long sample = SnapshotAccount.sampleFolderId();
        assertThat(code(SubsonicCall.asAdmin().set("username", name).set("adminRole", "true"), "updateUser")).isEqualTo(-1);
        assertThat(user(name).path("adminRole").asBoolean()).isTrue();
        assertThat(code(SubsonicCall.withToken(name, PASSWORD), "ping")).as("the password stays").isEqualTo(-1);

        assertThat(code(SubsonicCall.asAdmin().set("username", name).set("adminRole", "false")
                .set("password", "a new long password").set("musicFolderId", Long.toString(sample)), "updateUser")).isEqualTo(-1);
        assertThat(user(name).path("adminRole").asBoolean()).isFalse();
        assertThat(user(name).path("folder")).hasSize(1);
        assertThat(code(SubsonicCall.withToken(name, PASSWORD), "ping")).isEqualTo(40);
        assertThat(code(SubsonicCall.withToken(name, "a new long password"), "ping")).isEqualTo(-1);

        assertThat(code(SubsonicCall.asAdmin().set("username", "no-such-user-anywhere"), "updateUser")).isEqualTo(70);
    }

    @Test
    void theLastAdministratorCannotBeDemotedOrDeleted() {
        Api.withAdminAsTheLastAdministrator(() -> {
            JsonNode demoted = SubsonicCall.asAdmin().set("username", Api.ADMIN).set("adminRole", "false").getJson("updateUser");
            assertThat(demoted.path("error").path("code").asInt()).isZero();
            assertThat(demoted.path("error").path("message").asText()).contains("last enabled administrator");
            JsonNode deleted = SubsonicCall.asAdmin().set("username", Api.ADMIN).getJson("deleteUser");
            assertThat(deleted.path("error").path("message").asText()).contains("last enabled administrator");
        });
        assertThat(user(Api.ADMIN).path("adminRole").asBoolean()).isTrue();
    }

    @Test
    void deleteUserRemovesTheAccountAndItsKeys() {
        String name = newUser();
        String key = SubsonicCall.newApiKey(name, PASSWORD);
        assertThat(code(SubsonicCall.asAdmin().set("username", name), "deleteUser")).isEqualTo(-1);
        assertThat(code(SubsonicCall.withToken(name, PASSWORD), "ping")).isEqualTo(40);
        assertThat(code(SubsonicCall.withApiKey(key), "ping")).isEqualTo(44);
        assertThat(code(SubsonicCall.asAdmin().set("username", name), "deleteUser")).isEqualTo(70);
    }

    @Test
    void changePasswordIsForOneselfOrAnAdministrator() {
        String alice = newUser();
        String bob = newUser();
        assertThat(code(SubsonicCall.withToken(alice, PASSWORD).set("username", alice).set("password", "alice's new password"),
                "changePassword")).isEqualTo(-1);
        assertThat(code(SubsonicCall.withToken(alice, "alice's new password"), "ping")).isEqualTo(-1);
        assertThat(code(SubsonicCall.withPassword(alice, PASSWORD), "ping")).isEqualTo(40);

        assertThat(code(SubsonicCall.withToken(alice, "alice's new password").set("username", bob).set("password", "hijacked password"),
                "changePassword")).isEqualTo(50);
        assertThat(code(SubsonicCall.withToken(bob, PASSWORD), "ping")).isEqualTo(-1);

        assertThat(code(SubsonicCall.asAdmin().set("username", bob).set("password", "set by the admin"), "changePassword"))
                .isEqualTo(-1);
        assertThat(code(SubsonicCall.withToken(bob, "set by the admin"), "ping")).isEqualTo(-1);
        assertThat(code(SubsonicCall.asAdmin().set("username", bob).set("password", "short"), "changePassword")).isZero();
        assertThat(code(SubsonicCall.asAdmin().set("username", bob), "changePassword")).isEqualTo(10);
    }

    @Test
    void anApiKeyCannotChangeItsOwnAccountsPassword() {
        String name = newUser();
        String key = SubsonicCall.newApiKey(name, PASSWORD);
        JsonNode refused = SubsonicCall.withApiKey(key).set("username", name).set("password", "taken over password")
                .getJson("changePassword").path("error");
        assertThat(refused.path("code").asInt()).isEqualTo(50);
        assertThat(code(SubsonicCall.withToken(name, PASSWORD), "ping")).isEqualTo(-1);
    }

    private static String newUser() {
        return created(SubsonicCall.uniqueName("managed"));
    }

    private static String created(String name) {
        Api.createUser(name, PASSWORD, "user");
        return name;
    }

    private static JsonNode user(String name) {
        return SubsonicCall.asAdmin().set("username", name).getJson("getUser").path("user");
    }

    private static int code(SubsonicCall call, String method) {
        return call.getJson(method).path("error").path("code").asInt(-1);
    }

    private static int code(io.restassured.response.Response response) {
        return SubsonicCall.jsonOf(response).path("error").path("code").asInt(-1);
    }

    private static String hex(String text) {
        return java.util.HexFormat.of().formatHex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String onlySnapshotAccountJson(String json) {
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(json);
            ArrayNode users = (ArrayNode) tree.path("subsonic-response").path("users").path("user");
            for (int i = users.size() - 1; i >= 0; i--) {
                if (!users.get(i).path("username").asText().equals(SnapshotAccount.NAME)) {
                    users.remove(i);
                }
            }
            assertThat(users).hasSize(1);
            return JSON.writeValueAsString(tree);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String onlySnapshotAccountXml(String xml) {
        Document document = Renderings.parse(xml);
        NodeList users = document.getElementsByTagNameNS("*", "user");
        for (int i = users.getLength() - 1; i >= 0; i--) {
            Element user = (Element) users.item(i);
            if (!user.getAttribute("username").equals(SnapshotAccount.NAME)) {
                user.getParentNode().removeChild(user);
            }
        }
        assertThat(document.getElementsByTagNameNS("*", "user").getLength()).isEqualTo(1);
        try {
            var out = new java.io.StringWriter();
            javax.xml.transform.TransformerFactory.newInstance().newTransformer()
                    .transform(new javax.xml.transform.dom.DOMSource(document), new javax.xml.transform.stream.StreamResult(out));
            return out.toString();
        } catch (javax.xml.transform.TransformerException e) {
            throw new AssertionError(e);
        }
    }
}
