package dev.fidelio.subsonic;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SystemMethodsTest {

    @Test
    void ping() {
        Renderings.assertAll("ping", "ping", SubsonicCall::asAdmin);
    }

    @Test
    void getLicense() {
        Renderings.assertAll("getLicense", "getLicense", SubsonicCall::asAdmin);
    }

    /** A method of OpenSubsonic itself: the 1.16.1 schema has no place for its answer, so only its own renderings. */
    @Test
    void getOpenSubsonicExtensionsListsWhatIsImplemented() {
        Renderings.assertOpenSubsonic("getOpenSubsonicExtensions", "getOpenSubsonicExtensions", SubsonicCall::anonymous);
        JsonNode extensions = SubsonicCall.anonymous().getJson("getOpenSubsonicExtensions").path("openSubsonicExtensions");
        assertThat(extensions.findValuesAsText("name")).containsExactly("apiKeyAuthentication", "formPost", "indexBasedQueue",
                "songLyrics", "topSongsByArtistId", "transcodeOffset");
    }

    @Test
    void getOpenSubsonicExtensionsNeedsNoParameterAtAll() {
        String body = given().get("/rest/getOpenSubsonicExtensions").then().statusCode(200).extract().asString();
        assertThat(Renderings.parse(body).getDocumentElement().getAttribute("status")).isEqualTo("ok");
        String withBadCredentials = SubsonicCall.withPassword("nobody", "wrong").json().get("getOpenSubsonicExtensions.view")
                .then().statusCode(200).extract().asString();
        assertThat(withBadCredentials).contains("\"status\":\"ok\"");
    }
}
