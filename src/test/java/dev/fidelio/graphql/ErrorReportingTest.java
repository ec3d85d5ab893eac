package dev.fidelio.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fidelio.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A fault of the server is logged once with its stack trace and answered without its details; a refusal written for
 * the caller keeps its message and is not logged. The fault is real: the table of stars and plays is taken away
 * under the running server for a moment.
 */
@QuarkusTest
class ErrorReportingTest extends GraphQLTestSupport {

    private static final String GRID = "query($f: ListFilter) { albums(first: 5, filter: $f) { nodes { title userData { starred } } } }";

    @Inject
    DataSource dataSource;

    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureTheLog() {
        Logger.getLogger(ResolverErrors.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger(ResolverErrors.class.getName()).removeHandler(capture);
    }

    @Test
    void aFailingBatchIsLoggedOnceAndAnsweredWithoutDetails() throws SQLException {
        String answer;
        rename("annotation", "annotation_away");
        try {
            answer = Api.asAdmin().body(Map.of("query", GRID, "variables", Map.of("f", sampleOnly()))).post("/graphql")
                    .then().statusCode(200).extract().asString();
        } finally {
            rename("annotation_away", "annotation");
        }
        List<String> messages = JsonPath.from(answer).getList("errors.message");
        assertThat(messages).as("one error per album of the failed batch").hasSize(5).containsOnly("System error");
        assertThat(answer).doesNotContain("annotation", "SQL", "hibernate", "at dev.", "at org.");

        assertThat(logged).as("logged once for the whole batch").singleElement().satisfies(record -> {
            assertThat(record.getLevel().intValue()).isGreaterThanOrEqualTo(Level.SEVERE.intValue());
            assertThat(record.getThrown()).isNotNull();
            assertThat(record.getThrown().getStackTrace()).isNotEmpty();
        });
        assertThat(admin.data(GRID, "f", sampleOnly()).getList("albums.nodes")).as("working again").hasSize(5);
    }

    @Test
    void refusalsKeepTheirMessageAndAreNotLogged() {
        assertThat(admin.errors("{ album(id: \"00000000-0000-0000-0000-000000000000\") { id } }"))
                .containsExactly("No album with id 00000000-0000-0000-0000-000000000000");
        assertThat(admin.errors("{ album(id: \"nonsense\") { id } }")).containsExactly("'nonsense' is not an id of this server");
        assertThat(logged).isEmpty();
    }

    private void rename(String table, String to) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " RENAME TO " + to);
        }
    }
}
