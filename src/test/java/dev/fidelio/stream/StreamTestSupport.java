package dev.fidelio.stream;

import static dev.fidelio.testsupport.Api.ADMIN;
import static dev.fidelio.testsupport.Api.ADMIN_PASSWORD;
import static dev.fidelio.testsupport.Api.token;
import static io.restassured.RestAssured.given;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.library.Track;
import dev.fidelio.testsupport.Eventually;
import dev.fidelio.testsupport.TestFiles;
import io.restassured.specification.RequestSpecification;

/** What the stream tests share: the sample library indexed, an admin logged in, its tracks at hand. */
abstract class StreamTestSupport {

    @Inject
    LibraryScanner scanner;

    String token;

    @BeforeEach
    void scannedAndLoggedIn() {
        awaitLibrary(scanner);
        token = token(ADMIN, ADMIN_PASSWORD);
    }

    RequestSpecification as() {
        return given().header("Authorization", "Bearer " + token);
    }

    @Transactional
    List<Track> sampleTracks() {
        return Track.list("folder.path = ?1 ORDER BY relativePath", TestFiles.sampleLibrary().toString());
    }

    /** Until no scan runs; bounded, so a stuck scan fails the test. */
    static void awaitLibrary(LibraryScanner scanner) {
        Eventually.until("The library scan finishing", () -> scanner.current().isEmpty());
    }
}
