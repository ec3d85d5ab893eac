package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.boot.FidelioConfig;
import dev.fidelio.testsupport.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Every way a Subsonic app logs in, and every way it is refused. */
@QuarkusTest
class SubsonicAuthenticationTest {

    private static final String PASSWORD = "a long enough password";

    @Inject
    EntityManager entityManager;

    @Inject
    FidelioConfig config;

    @Test
    void aSaltedTokenLogsIn() {
        String name = newUser();
        assertThat(status(SubsonicCall.withToken(name, PASSWORD))).isEqualTo("ok");
        SubsonicCall upperCaseToken = SubsonicCall.anonymous().set("u", name).set("s", "c19b2d")
                .set("t", SubsonicCall.md5Hex(PASSWORD + "c19b2d").toUpperCase());
        assertThat(status(upperCaseToken)).isEqualTo("ok");
        assertThat(code(SubsonicCall.withToken(name, "not the password"))).isEqualTo(40);
    }

    @Test
    void aTokenIsTheMd5OfThePasswordsUtf8BytesAndTheSalt() {
        String name = SubsonicCall.uniqueName("unicode");
        String password = "Dvořák: Rusalka — 月に寄せる歌";
        Api.createUser(name, password, "user");
        String salt = "c19b2d";
        assertThat(status(SubsonicCall.anonymous().set("u", name).set("s", salt)
                .set("t", SubsonicCall.md5Hex(password + salt)))).isEqualTo("ok");
        assertThat(status(SubsonicCall.withPassword(name, password))).isEqualTo("ok");
    }

    @Test
    void aPasswordLogsInPlainOrHexEncoded() {
        String name = newUser();
        assertThat(status(SubsonicCall.withPassword(name, PASSWORD))).isEqualTo("ok");
        String hex = "enc:" + HexFormat.of().formatHex(PASSWORD.getBytes(StandardCharsets.UTF_8));
        assertThat(status(SubsonicCall.withPassword(name, hex))).isEqualTo("ok");
        assertThat(status(SubsonicCall.withPassword(name, hex.toUpperCase().replace("ENC:", "enc:")))).isEqualTo("ok");

        JsonNode badHex = SubsonicCall.withPassword(name, "enc:zz").getJson("ping").path("error");
        assertThat(badHex.path("code").asInt()).isEqualTo(40);
        assertThat(badHex.path("message").asText()).contains("enc:");
        assertThat(code(SubsonicCall.withPassword(name, "enc:c3"))).as("odd number of digits").isEqualTo(40);
    }

    @Test
    void anApiKeyLogsInAloneUntilRevoked() {
        String name = newUser();
        String session = Api.token(name, PASSWORD);
        var created = Api.as(session).body(Map.of("name", "phone")).post("/api/me/api-keys").then().statusCode(201).extract();
        String key = created.path("secret");
        assertThat(status(SubsonicCall.withApiKey(key))).isEqualTo("ok");

        assertThat(code(SubsonicCall.withApiKey(key).set("u", name))).isEqualTo(43);
        assertThat(code(SubsonicCall.withApiKey(key).set("p", PASSWORD))).isEqualTo(43);
        assertThat(code(SubsonicCall.withApiKey(key).set("t", "x").set("s", "y"))).isEqualTo(43);
        assertThat(code(SubsonicCall.withApiKey(key + "x"))).isEqualTo(44);
        assertThat(code(SubsonicCall.withApiKey("k".repeat(5000)))).isEqualTo(44);
        assertThat(code(SubsonicCall.withApiKey(session))).as("a session token is no API key").isEqualTo(44);

        Api.as(session).delete("/api/me/api-keys/" + created.path("key.id")).then().statusCode(204);
        assertThat(code(SubsonicCall.withApiKey(key))).isEqualTo(44);
    }

    @Test
    void conflictingOrIncompleteCredentialsAreRefused() {
        String name = newUser();
        SubsonicCall both = SubsonicCall.withToken(name, PASSWORD).set("p", PASSWORD);
        assertThat(code(both)).isEqualTo(43);
        assertThat(code(SubsonicCall.anonymous())).isEqualTo(10);
        assertThat(code(SubsonicCall.anonymous().set("u", name))).isEqualTo(10);
        assertThat(code(SubsonicCall.withToken(name, PASSWORD).set("s", null))).isEqualTo(10);
        assertThat(code(SubsonicCall.withToken(name, PASSWORD).set("t", null))).isEqualTo(10);
        assertThat(code(SubsonicCall.withPassword("", PASSWORD))).isEqualTo(10);
    }

    @Test
    void aDisabledAccountIsRefusedHoweverItLogsIn() {
        String name = newUser();
        String key = SubsonicCall.newApiKey(name, PASSWORD);
        long id = Api.asAdmin().get("/api/users").then().extract().jsonPath().getLong("find { it.username == '" + name + "' }.id");
        Api.asAdmin().body(Map.of("enabled", false)).patch("/api/users/" + id).then().statusCode(200);

        assertThat(code(SubsonicCall.withPassword(name, PASSWORD))).isEqualTo(40);
        assertThat(code(SubsonicCall.withToken(name, PASSWORD))).isEqualTo(40);
        assertThat(code(SubsonicCall.withApiKey(key))).isEqualTo(44);
    }

    @Test
    void repeatedFailuresAreThrottledWhateverTheScheme() {
        String name = newUser();
        for (int i = 0; i < 3; i++) {
            assertThat(code(SubsonicCall.withToken(name, "wrong " + i))).isEqualTo(40);
            assertThat(code(SubsonicCall.withPassword(name, "wrong " + i))).isEqualTo(40);
        }
        JsonNode throttled = SubsonicCall.withToken(name, PASSWORD).getJson("ping").path("error");
        assertThat(throttled.path("code").asInt()).isEqualTo(40);
        assertThat(throttled.path("message").asText()).contains("Too many failed logins");
    }

    @Test
    void anAccountWithoutAPasswordCopyGetsTokenLoginsBackAtItsNextPasswordLogin() {
        String name = newUser();
        forgetPasswordCopy(name);

        JsonNode refused = SubsonicCall.withToken(name, PASSWORD).getJson("ping").path("error");
        assertThat(refused.path("code").asInt()).isEqualTo(41);
        assertThat(refused.path("message").asText()).contains("API key");

        assertThat(status(SubsonicCall.withPassword(name, PASSWORD))).isEqualTo("ok");
        assertThat(status(SubsonicCall.withToken(name, PASSWORD))).isEqualTo("ok");
    }

    @Test
    void settingThePasswordAgainAlsoRestoresTokenLogins() {
        String name = newUser();
        forgetPasswordCopy(name);
        assertThat(code(SubsonicCall.asAdmin().set("username", name).set("password", "another long password"),
                "changePassword")).isEqualTo(-1);
        assertThat(status(SubsonicCall.withToken(name, "another long password"))).isEqualTo("ok");
        assertThat(code(SubsonicCall.withToken(name, PASSWORD))).isEqualTo(40);
    }

    @Test
    void passwordCopiesAreEncryptedWithAKeyInTheDataFolder() throws Exception {
        String name = newUser();
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager
                .createNativeQuery("SELECT password_encrypted FROM app_user WHERE username = ?1")
                .setParameter(1, name).getSingleResult());
        assertThat(stored).hasSizeGreaterThan(PASSWORD.length());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("long enough");

        Path key = config.dataDir().resolve("keys").resolve("password.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    private static String newUser() {
        String name = SubsonicCall.uniqueName("auth");
        Api.createUser(name, PASSWORD, "user");
        return name;
    }

    /** As for an account whose password was set before copies were kept. */
    private void forgetPasswordCopy(String name) {
        int changed = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("UPDATE app_user SET password_encrypted = NULL WHERE username = ?1")
                .setParameter(1, name).executeUpdate());
        assertThat(changed).isEqualTo(1);
    }

    private static String status(SubsonicCall call) {
        return call.getJson("ping").path("status").asText();
    }

    private static int code(SubsonicCall call) {
        return code(call, "ping");
    }

    /** The error code, or -1 for success. */
    private static int code(SubsonicCall call, String method) {
        return call.getJson(method).path("error").path("code").asInt(-1);
    }
}
