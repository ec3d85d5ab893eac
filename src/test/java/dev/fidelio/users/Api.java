package dev.fidelio.users;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Small helpers for talking to the JSON API as a given user. */
final class Api {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-test-password";

    private Api() {
    }

    static Response login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/auth/login");
    }

    static String token(String username, String password) {
        return login(username, password).then().statusCode(200).extract().path("token");
    }

    static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    static RequestSpecification asAdmin() {
        return as(token(ADMIN, ADMIN_PASSWORD));
    }

    /** Creates a user and returns its id. */
    static long createUser(String username, String password, String role) {
        Number id = asAdmin().body(Map.of("username", username, "password", password, "role", role))
                .post("/api/users").then().statusCode(201).extract().path("id");
        return id.longValue();
    }
}
