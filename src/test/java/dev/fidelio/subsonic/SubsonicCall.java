package dev.fidelio.subsonic;

import static io.restassured.RestAssured.given;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fidelio.testsupport.Api;
import io.restassured.response.Response;

/**
 * A request as a Subsonic app makes it: {@code v}, {@code c}, credentials and the method's parameters, URL-encoded by
 * hand (UTF-8, as apps do) into the query of a GET or the body of a form POST.
 */
final class SubsonicCall {

    static final String CLIENT = "fidelio-tests";
    /** A client name the test settings add to the legacy clients, beside the default DSub. */
    static final String CONFIGURED_LEGACY_CLIENT = "LegacyTestClient";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<String>> parameters = new LinkedHashMap<>();

    private SubsonicCall() {
    }

    /** No credentials, only the protocol version and the client's name. */
    static SubsonicCall anonymous() {
        return new SubsonicCall().set("v", "1.16.1").set("c", CLIENT);
    }

    /** A salted token, as most apps log in: t = md5(password + s), with a fresh salt. */
    static SubsonicCall withToken(String username, String password) {
        String salt = HexFormat.of().formatHex(randomBytes(6));
        return anonymous().set("u", username).set("t", md5Hex(password + salt)).set("s", salt);
    }

    static SubsonicCall withPassword(String username, String password) {
        return anonymous().set("u", username).set("p", password);
    }

    static SubsonicCall withApiKey(String key) {
        return anonymous().set("apiKey", key);
    }

    static SubsonicCall asAdmin() {
        return withToken(Api.ADMIN, Api.ADMIN_PASSWORD);
    }

    /** Adds a value; a name given twice is sent twice ({@code id=1&id=2}). */
    SubsonicCall add(String name, String value) {
        parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        return this;
    }

    /** Sets a parameter's only value, or removes it when {@code value} is null. */
    SubsonicCall set(String name, String value) {
        parameters.remove(name);
        return value == null ? this : add(name, value);
    }

    SubsonicCall json() {
        return set("f", "json");
    }

    /** As DSub, which gets only what the Subsonic 1.16.1 schema allows. */
    SubsonicCall asLegacyClient() {
        return set("c", "DSub");
    }

    Response get(String method) {
        return given().urlEncodingEnabled(false).get("/rest/" + method + "?" + encoded());
    }

    /** A GET with one HTTP header, as a player sends Range or If-None-Match. */
    Response getWith(String method, String header, String value) {
        return given().urlEncodingEnabled(false).header(header, value).get("/rest/" + method + "?" + encoded());
    }

    /** OpenSubsonic's formPost: every parameter in an application/x-www-form-urlencoded body. */
    Response post(String method) {
        return given().urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded").body(encoded())
                .post("/rest/" + method);
    }

    /** The {@code subsonic-response} of a JSON call, after checking it came with HTTP 200. */
    JsonNode getJson(String method) {
        return jsonOf(json().get(method));
    }

    static JsonNode jsonOf(Response response) {
        response.then().statusCode(200);
        try {
            return JSON.readTree(response.asString()).path("subsonic-response");
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.asString(), e);
        }
    }

    String encoded() {
        return parameters.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
    }

    static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A user name no other test uses. */
    static String uniqueName(String prefix) {
        return prefix + "-" + HexFormat.of().formatHex(randomBytes(4));
    }

    /** An API key of the account, made through the JSON API. */
    static String newApiKey(String username, String password) {
        return Api.as(Api.token(username, password)).body(Map.of("name", "subsonic test")).post("/api/me/api-keys")
                .then().statusCode(201).extract().path("secret");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
