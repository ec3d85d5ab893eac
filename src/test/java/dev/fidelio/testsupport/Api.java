package dev.fidelio.testsupport;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Small helpers for talking to the JSON API as a given user. */
public final class Api {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";

    private Api() {
    }

    public static Response login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/auth/login");
    }

    public static String token(String username, String password) {
        return login(username, password).then().statusCode(200).extract().path("token");
    }

    public static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification asAdmin() {
        return as(token(ADMIN, ADMIN_PASSWORD));
    }

    /**
     * Runs {@code check} while admin is the only enabled administrator: the others, which tests make too, are disabled
     * meanwhile and enabled again afterwards.
     */
    public static void withAdminAsTheLastAdministrator(Runnable check) {
        List<Number> others = asAdmin().get("/api/users").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.role == 'admin' && it.enabled && it.username != '" + ADMIN + "' }.id");
        others.forEach(id -> asAdmin().body(Map.of("enabled", false)).patch("/api/users/" + id).then().statusCode(200));
        try {
            check.run();
        } finally {
            others.forEach(id -> asAdmin().body(Map.of("enabled", true)).patch("/api/users/" + id).then().statusCode(200));
        }
    }

    /** Creates a user and returns its id. */
    public static long createUser(String username, String password, String role) {
        Number id = asAdmin().body(Map.of("username", username, "password", password, "role", role))
                .post("/api/users").then().statusCode(201).extract().path("id");
        return id.longValue();
    }
}
