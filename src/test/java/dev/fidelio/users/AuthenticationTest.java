package dev.fidelio.users;

import static dev.fidelio.testsupport.Api.ADMIN;
import static dev.fidelio.testsupport.Api.ADMIN_PASSWORD;
import static dev.fidelio.testsupport.Api.as;
import static dev.fidelio.testsupport.Api.asAdmin;
import static dev.fidelio.testsupport.Api.createUser;
import static dev.fidelio.testsupport.Api.login;
import static dev.fidelio.testsupport.Api.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AuthenticationTest {

    @Test
    void adminFromSettingsCanLogIn() {
        login(ADMIN, ADMIN_PASSWORD).then().statusCode(200)
                .body("token", startsWith("fs_"))
                .body("user.username", equalTo(ADMIN))
                .body("user.role", equalTo("admin"))
                .body("user", not(org.hamcrest.Matchers.hasKey("passwordHash")))
                .cookie(BearerAuthMechanism.SESSION_COOKIE, notNullValue());
    }

    @Test
    void userNamesAreCaseInsensitive() {
        login("ADMIN", ADMIN_PASSWORD).then().statusCode(200);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameRefusal() {
        createUser("carol", "carol-password-1", "user");
        login("carol", "not-her-password").then().statusCode(401).body("error", equalTo("invalid_credentials"));
        login("nobody-by-this-name", "whatever-password").then().statusCode(401).body("error", equalTo("invalid_credentials"));
    }

    @Test
    void sessionTokenCookieAndLogout() {
        String token = token(ADMIN, ADMIN_PASSWORD);
        as(token).get("/api/me").then().statusCode(200).body("username", equalTo(ADMIN));
        given().cookie(BearerAuthMechanism.SESSION_COOKIE, token).get("/api/me").then().statusCode(200);
        as(token).post("/api/auth/logout").then().statusCode(204);
        as(token).get("/api/me").then().statusCode(401);
    }

    @Test
    void aCookieWhoseSessionEndedCountsAsNone() {
        String token = token(ADMIN, ADMIN_PASSWORD);
        as(token).post("/api/auth/logout").then().statusCode(204);
        // The browser still sends it: the login must work, the API must ask for one.
        given().cookie(BearerAuthMechanism.SESSION_COOKIE, token).contentType(ContentType.JSON)
                .body(Map.of("username", ADMIN, "password", ADMIN_PASSWORD))
                .post("/api/auth/login").then().statusCode(200);
        given().cookie(BearerAuthMechanism.SESSION_COOKIE, token).get("/api/me").then().statusCode(401);
        given().cookie(BearerAuthMechanism.SESSION_COOKIE, "fs_forged").get("/api/me").then().statusCode(401);
    }

    @Test
    void everyApiNeedsALogin() {
        given().get("/api/me").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().get("/api/users").then().statusCode(401);
        given().header("Authorization", "Bearer fs_forged").get("/api/me").then().statusCode(401);
        given().header("Authorization", "Bearer fk_forged").get("/api/me").then().statusCode(401);
        given().get("/q/metrics").then().statusCode(401);
    }

    @Test
    void healthNeedsNoLogin() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void adminOnlyCallsAreRefusedToUsers() {
        createUser("dave", "dave-password-1", "user");
        String dave = token("dave", "dave-password-1");
        as(dave).get("/api/users").then().statusCode(403);
        as(dave).body(Map.of("username", "eve", "password", "eve-password-1")).post("/api/users").then().statusCode(403);
        as(dave).get("/q/metrics").then().statusCode(403);
        asAdmin().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void disabledUserIsRefusedAndLosesOpenSessions() {
        long id = createUser("frank", "frank-password-1", "user");
        String session = token("frank", "frank-password-1");
        String key = as(session).body(Map.of("name", "phone")).post("/api/me/api-keys")
                .then().statusCode(201).extract().path("secret");

        asAdmin().body(Map.of("enabled", false)).patch("/api/users/" + id).then().statusCode(200).body("enabled", equalTo(false));

        login("frank", "frank-password-1").then().statusCode(401);
        as(session).get("/api/me").then().statusCode(401);
        given().header("X-API-Key", key).get("/api/me").then().statusCode(401);

        asAdmin().body(Map.of("enabled", true)).patch("/api/users/" + id).then().statusCode(200);
        login("frank", "frank-password-1").then().statusCode(200);
    }

    @Test
    void apiKeysAuthenticateUntilRevoked() {
        createUser("grace", "grace-password-1", "user");
        String session = token("grace", "grace-password-1");
        var created = as(session).body(Map.of("name", "Symfonium")).post("/api/me/api-keys")
                .then().statusCode(201).body("secret", startsWith("fk_")).extract();
        String secret = created.path("secret");
        Number keyId = created.path("key.id");

        given().header("Authorization", "Bearer " + secret).get("/api/me").then().statusCode(200).body("username", equalTo("grace"));
        given().header("X-API-Key", secret).get("/api/me").then().statusCode(200);
        as(session).get("/api/me/api-keys").then().statusCode(200)
                .body("name", hasItem("Symfonium"))
                .body("[0]", not(org.hamcrest.Matchers.hasKey("secret")));

        as(session).delete("/api/me/api-keys/" + keyId).then().statusCode(204);
        given().header("X-API-Key", secret).get("/api/me").then().statusCode(401);
        as(session).delete("/api/me/api-keys/" + keyId).then().statusCode(404);
    }

    @Test
    void repeatedFailuresAreThrottled() {
        createUser("heidi", "heidi-password-1", "user");
        for (int i = 0; i < 5; i++) {
            login("heidi", "wrong-" + i).then().statusCode(401);
        }
        login("heidi", "heidi-password-1").then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void malformedRequestsGetClearErrors() {
        given().contentType(ContentType.JSON).body("{not json").post("/api/auth/login").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{}").post("/api/auth/login").then().statusCode(400).body("message", notNullValue());
        asAdmin().body(Map.of("username", "ivan", "password", "short")).post("/api/users")
                .then().statusCode(400).body("message", org.hamcrest.Matchers.containsString("at least"));
        asAdmin().body(Map.of("username", "ivan", "password", "ivan-password-1", "role", "emperor")).post("/api/users")
                .then().statusCode(400);
        asAdmin().get("/api/users/999999").then().statusCode(404);
    }

    @Test
    void duplicateNamesAreRefused() {
        createUser("judy", "judy-password-1", "user");
        asAdmin().body(Map.of("username", "JUDY", "password", "judy-password-2")).post("/api/users").then().statusCode(409);
    }

    @Test
    void changingOwnPasswordNeedsTheCurrentOneAndEndsOtherSessions() {
        createUser("leo", "leo-password-1", "user");
        String here = token("leo", "leo-password-1");
        String elsewhere = token("leo", "leo-password-1");
        as(here).body(Map.of("currentPassword", "guess-guess", "newPassword", "leo-password-2"))
                .put("/api/me/password").then().statusCode(403);
        as(here).body(Map.of("currentPassword", "leo-password-1", "newPassword", "leo-password-2"))
                .put("/api/me/password").then().statusCode(204);
        as(here).get("/api/me").then().statusCode(200);
        as(elsewhere).get("/api/me").then().statusCode(401);
        login("leo", "leo-password-1").then().statusCode(401);
        login("leo", "leo-password-2").then().statusCode(200);
    }

    @Test
    void theLastAdministratorCannotBeDisabled() {
        Number adminId = asAdmin().get("/api/me").then().extract().path("id");
        Api.withAdminAsTheLastAdministrator(() -> {
            asAdmin().body(Map.of("enabled", false)).patch("/api/users/" + adminId).then().statusCode(409);
            asAdmin().body(Map.of("role", "user")).patch("/api/users/" + adminId).then().statusCode(409);
        });
        login(ADMIN, ADMIN_PASSWORD).then().statusCode(200);
    }
}
