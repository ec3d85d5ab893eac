package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.ScanRuns;
import dev.fidelio.testsupport.Eventually;
import io.quarkus.test.junit.QuarkusTest;

/** getScanStatus and startScan, for administrators. */
@QuarkusTest
class ScanMethodsTest {

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @Test
    void anAdministratorStartsAScanAndFollowsIt() {
        SampleLibrary.indexed(scanner, runs);
        JsonNode started = SubsonicCall.asAdmin().getJson("startScan");
        assertThat(started.path("status").asText()).as(started.toString()).isEqualTo("ok");
        SubsonicSchemas.assertValidJson("startScan", SubsonicCall.asAdmin().json().get("startScan").asString());
        SubsonicSchemas.assertValidXml(Renderings.xml(SubsonicCall.asAdmin().asLegacyClient().get("getScanStatus")));
        SubsonicSchemas.assertValidJson("getScanStatus", SubsonicCall.asAdmin().json().get("getScanStatus").asString());

        JsonNode done = Eventually.value("the scan ending", () -> java.util.Optional.of(SubsonicCall.asAdmin().getJson("getScanStatus")
                .path("scanStatus")).filter(status -> !status.path("scanning").asBoolean()));
        assertThat(done.path("count").asLong()).as("every file of the sample library, broken ones too").isGreaterThan(SampleLibrary.TRACKS);

        JsonNode full = SubsonicCall.asAdmin().set("fullScan", "true").getJson("startScan").path("scanStatus");
        assertThat(full.has("scanning")).isTrue();
        SampleLibrary.indexed(scanner, runs);
    }

    @Test
    void scansAreForAdministrators() {
        assertThat(BrowsingMethodsTest.code(SnapshotAccount.call(), "startScan")).isEqualTo(50);
        assertThat(BrowsingMethodsTest.code(SnapshotAccount.call(), "getScanStatus")).isEqualTo(50);
    }
}
