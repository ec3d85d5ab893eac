package dev.fidelio.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.fidelio.users.BearerAuthMechanism;
import io.quarkus.test.junit.QuarkusTest;

/** The web player as the server serves it: its page, its bundle, and what the browser is told about both. */
@QuarkusTest
class WebPlayerServingTest {

    private static final Pattern SCRIPT = Pattern.compile("<script type=\"module\" src=\"(/static/bundle/app-[^\"]+\\.js)\"");
    private static final Pattern STYLE = Pattern.compile("href=\"(/static/bundle/app-[^\"]+\\.css)\"");

    @Test
    void thePageNeedsNoLoginAndIsAskedForAgainOnEveryVisit() {
        String page = given().get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache")
                .header("Content-Security-Policy", WebPlayerHeaders.CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("<title>Fidelio</title>"))
                .extract().asString();
        assertThat(SCRIPT.matcher(page).find()).as("the bundle's script in " + page).isTrue();
        assertThat(STYLE.matcher(page).find()).as("the bundle's styles in " + page).isTrue();
    }

    @Test
    void theBundleIsKeptForAYearUnderItsHashedName() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        for (Pattern asset : new Pattern[] {SCRIPT, STYLE}) {
            Matcher matcher = asset.matcher(page);
            assertThat(matcher.find()).isTrue();
            given().get(matcher.group(1)).then().statusCode(200)
                    .header("Cache-Control", "public, max-age=31536000, immutable")
                    .header("X-Content-Type-Options", "nosniff");
        }
        Matcher script = SCRIPT.matcher(page);
        assertThat(script.find()).isTrue();
        given().get(script.group(1)).then().contentType(containsString("javascript"))
                .body(containsString("fidelio.player.v1"));
    }

    @Test
    void anEndedSessionCookieStillGetsThePageAndTheLogin() {
        given().cookie(BearerAuthMechanism.SESSION_COOKIE, "fs_ended-long-ago").get("/").then().statusCode(200);
        given().cookie(BearerAuthMechanism.SESSION_COOKIE, "fs_ended-long-ago").contentType("application/json")
                .body("{\"query\":\"{ me { username } }\"}").post("/graphql").then().statusCode(401);
    }

    @Test
    void theIconIsServed() {
        given().get("/favicon.svg").then().statusCode(200).contentType(containsString("svg")).body(containsString("<svg"));
    }

    @Test
    void unknownPathsAreStillNotFound() {
        given().get("/no-such-page").then().statusCode(404);
        given().get("/static/bundle/app-NOPE.js").then().statusCode(equalTo(404));
    }
}
