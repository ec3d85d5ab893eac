package dev.fidelio.subsonic;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** What every method stands on: paths, GET and form POST, formats, versions, refusals, hostile input. */
@QuarkusTest
class SubsonicProtocolTest {

    @Test
    void theViewSuffixAndAFormPostGiveTheSameAnswer() {
        String plain = Snapshots.normalizedJson(SubsonicCall.asAdmin().json().get("getLicense").asString());
        assertThat(Snapshots.normalizedJson(SubsonicCall.asAdmin().json().get("getLicense.view").asString())).isEqualTo(plain);
        assertThat(Snapshots.normalizedJson(SubsonicCall.asAdmin().json().post("getLicense").asString())).isEqualTo(plain);
        assertThat(Snapshots.normalizedJson(SubsonicCall.asAdmin().json().post("getLicense.view").asString())).isEqualTo(plain);
    }

    @Test
    void aPostTakesParametersFromTheQueryAndTheForm() {
        SubsonicCall credentials = SubsonicCall.asAdmin();
        JsonNode response = SubsonicCall.jsonOf(given().urlEncodingEnabled(false)
                .contentType("application/x-www-form-urlencoded").body(credentials.encoded())
                .post("/rest/ping.view?f=json"));
        assertThat(response.path("status").asText()).isEqualTo("ok");
    }

    @Test
    void aPostOfAnotherContentTypeReadsOnlyTheQuery() {
        Response response = given().urlEncodingEnabled(false).contentType("application/json")
                .body(SubsonicCall.asAdmin().encoded()).post("/rest/ping?f=json&v=1.16.1&c=test");
        assertThat(SubsonicCall.jsonOf(response).path("error").path("code").asInt()).isEqualTo(10);
    }

    @Test
    void formatsAreXmlByDefaultJsonAndJsonp() {
        Response xml = SubsonicCall.asAdmin().get("ping");
        xml.then().statusCode(200).contentType("text/xml").header("Access-Control-Allow-Origin", "*");
        assertThat(Renderings.parse(xml.asString()).getDocumentElement().getLocalName()).isEqualTo("subsonic-response");

        SubsonicCall.asAdmin().set("f", "XML").get("ping").then().statusCode(200).contentType("text/xml");
        SubsonicCall.asAdmin().json().get("ping").then().statusCode(200).contentType("application/json");

        Response jsonp = SubsonicCall.asAdmin().set("f", "jsonp").set("callback", "app.onPing").get("ping");
        jsonp.then().statusCode(200).contentType("text/javascript");
        String body = jsonp.asString();
        assertThat(body).startsWith("app.onPing(").endsWith(");");
        assertThat(Snapshots.normalizedJson(body.substring("app.onPing(".length(), body.length() - 2)))
                .isEqualTo(Snapshots.normalizedJson(SubsonicCall.asAdmin().json().get("ping").asString()));
    }

    @Test
    void aJsonpCallbackMustBeAPlainFunctionName() {
        JsonNode missing = SubsonicCall.jsonOf(SubsonicCall.asAdmin().set("f", "jsonp").get("ping"));
        assertThat(missing.path("error").path("code").asInt()).isEqualTo(10);
        assertThat(missing.path("error").path("message").asText()).contains("callback");

        Response hostile = SubsonicCall.asAdmin().set("f", "jsonp").set("callback", "alert(document.cookie)//").get("ping");
        hostile.then().statusCode(200).contentType("application/json");
        assertThat(hostile.asString()).doesNotContain("alert").contains("\"code\":0");
    }

    @Test
    void anUnknownFormatIsRefusedInXml() {
        String body = Renderings.xml(SubsonicCall.asAdmin().set("f", "yaml").get("ping"));
        assertThat(error(body)).containsEntry("code", "0");
        assertThat(error(body).get("message")).contains("xml, json or jsonp");
    }

    @Test
    void unknownMethodsAreNotFoundEvenWithoutCredentials() {
        for (SubsonicCall call : new SubsonicCall[] { SubsonicCall.anonymous(), SubsonicCall.asAdmin() }) {
            JsonNode response = call.getJson("getEverything.view");
            assertThat(response.path("status").asText()).isEqualTo("failed");
            assertThat(response.path("error").path("code").asInt()).isEqualTo(70);
            assertThat(response.path("error").path("message").asText()).contains("getEverything");
        }
        assertThat(SubsonicCall.asAdmin().getJson("a/b/c").path("error").path("code").asInt()).isEqualTo(70);
    }

    @Test
    void videoMethodsAreRefusedAsMeaninglessHere() {
        for (String video : new String[] { "getVideos", "getVideoInfo", "getCaptions", "hls" }) {
            JsonNode error = SubsonicCall.asAdmin().getJson(video).path("error");
            assertThat(error.path("code").asInt()).isZero();
            assertThat(error.path("message").asText()).contains("not implemented", "audio-only");
        }
    }

    @Test
    void theProtocolVersionAndClientNameAreRequiredAndChecked() {
        assertThat(errorCode(SubsonicCall.asAdmin().set("v", null))).isEqualTo(10);
        assertThat(errorCode(SubsonicCall.asAdmin().set("c", null))).isEqualTo(10);
        assertThat(errorCode(SubsonicCall.asAdmin().set("v", "2.0.0"))).isEqualTo(30);
        assertThat(errorCode(SubsonicCall.asAdmin().set("v", "1.17.0"))).isEqualTo(30);
        assertThat(errorCode(SubsonicCall.asAdmin().set("v", "0.9.0"))).isEqualTo(20);
        assertThat(errorCode(SubsonicCall.asAdmin().set("v", "one.two"))).isZero();
        assertThat(SubsonicCall.asAdmin().set("v", "1.2.0").getJson("ping").path("status").asText()).isEqualTo("ok");
        assertThat(SubsonicCall.asAdmin().set("v", "1.16").getJson("ping").path("status").asText()).isEqualTo("ok");
    }

    @Test
    void aServerFailureIsAnsweredWithoutItsDetails() {
        for (String format : new String[] { "xml", "json" }) {
            Response response = SubsonicCall.asAdmin().set("f", format).get(FailingMethod.NAME);
            response.then().statusCode(200);
            assertThat(response.asString()).contains("failed").doesNotContain(FailingMethod.SECRET, "Exception", "at dev.");
        }
        JsonNode error = SubsonicCall.asAdmin().getJson(FailingMethod.NAME).path("error");
        assertThat(error.path("code").asInt()).isZero();
        assertThat(error.path("message").asText()).contains("log");
    }

    @Test
    void malformedEncodingIsRefusedClearly() throws IOException {
        String form = Renderings.xml(given().urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded")
                .body("u=admin&p=%ZZ&v=1.16.1&c=x").post("/rest/ping"));
        assertThat(error(form)).containsEntry("code", "0");
        assertThat(error(form).get("message")).contains("URL-encoded");

        // Such a URL is no URL at all (RFC 3986): HTTP clients refuse to send it, so it goes by hand, and the HTTP
        // server refuses it before Subsonic sees it, plainly.
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.getOutputStream().write(("GET /rest/ping?u=admin&p=%ZZ&v=1.16.1&c=x HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("Exception");
        }
    }

    @Test
    void tooManyParametersAreRefusedAndAHugeValueDoesNoHarm() {
        StringBuilder form = new StringBuilder(SubsonicCall.asAdmin().json().encoded());
        for (int i = 0; i < Parameters.MAX_VALUES; i++) {
            form.append("&id=").append(i);
        }
        // Refused before any parameter is read, so before f=json is: in XML, Subsonic's default.
        String tooMany = Renderings.xml(given().urlEncodingEnabled(false)
                .contentType("application/x-www-form-urlencoded").body(form.toString()).post("/rest/ping"));
        assertThat(error(tooMany)).containsEntry("code", "0");
        assertThat(error(tooMany).get("message")).contains("parameters");

        String huge = "x".repeat(2_000_000);
        String name = SubsonicCall.uniqueName("huge");
        Api.createUser(name, "a long enough password", "user");
        JsonNode refused = SubsonicCall.jsonOf(SubsonicCall.withPassword(name, huge).json().post("ping"));
        assertThat(refused.path("error").path("code").asInt()).isEqualTo(40);
        JsonNode unknown = SubsonicCall.jsonOf(SubsonicCall.withPassword(huge, huge).json().post("ping"));
        assertThat(unknown.path("error").path("code").asInt()).isEqualTo(40);
        assertThat(unknown.toString().length()).as("the value is not echoed").isLessThan(1000);
    }

    @Test
    void longGetRequestsAreServed() {
        SubsonicCall call = SubsonicCall.asAdmin().json();
        for (int i = 0; call.encoded().length() < 50_000; i++) {
            call.add("id", "0a1b2c3d-0000-4000-8000-" + String.format("%012d", i));
        }
        assertThat(call.getJson("ping").path("status").asText()).isEqualTo("ok");
    }

    @Test
    void theWebPlayersCredentialsPlayNoPartInSubsonic() {
        Map<String, String> stale = Map.of("Authorization", "Bearer fs_forged", "Cookie", "fidelio_session=fs_forged");
        Response response = given().headers(stale).urlEncodingEnabled(false)
                .get("/rest/ping?f=json&" + SubsonicCall.asAdmin().encoded());
        assertThat(SubsonicCall.jsonOf(response).path("status").asText()).isEqualTo("ok");

        String session = Api.token(Api.ADMIN, Api.ADMIN_PASSWORD);
        Response sessionOnly = given().header("Authorization", "Bearer " + session).urlEncodingEnabled(false)
                .get("/rest/ping?f=json&v=1.16.1&c=test");
        assertThat(SubsonicCall.jsonOf(sessionOnly).path("error").path("code").asInt()).isEqualTo(10);
    }

    @Test
    void legacyClientsAreTheConfiguredOnesWhateverTheCase() {
        for (String legacy : new String[] { "DSub", "dsub", SubsonicCall.CONFIGURED_LEGACY_CLIENT }) {
            JsonNode response = SubsonicCall.asAdmin().set("c", legacy).getJson("ping");
            assertThat(response.has("openSubsonic")).as(legacy).isFalse();
            assertThat(response.path("version").asText()).isEqualTo("1.16.1");
        }
        assertThat(SubsonicCall.asAdmin().set("c", "Symfonium").getJson("ping").path("openSubsonic").asBoolean()).isTrue();
    }

    @Test
    void errorsInEveryRendering() {
        Renderings.assertAll("error-wrong-credentials", "ping", "ping",
                () -> SubsonicCall.withPassword(SubsonicCall.uniqueName("nobody"), "wrong password"));
        Renderings.assertAll("error-unknown-method", "getSomethingElse", "ping", SubsonicCall::anonymous);
    }

    private static int errorCode(SubsonicCall call) {
        return call.getJson("ping").path("error").path("code").asInt(-1);
    }

    /** The error element's attributes of an XML answer. */
    private static Map<String, String> error(String xml) {
        var error = (org.w3c.dom.Element) Renderings.parse(xml).getElementsByTagNameNS("*", "error").item(0);
        assertThat(error).as(xml).isNotNull();
        return Map.of("code", error.getAttribute("code"), "message", error.getAttribute("message"));
    }
}
