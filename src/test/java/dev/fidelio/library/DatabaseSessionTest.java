package dev.fidelio.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What every connection of the server sets up before its first statement. */
@QuarkusTest
class DatabaseSessionTest {

    @Inject
    DataSource dataSource;

    @Test
    void queriesAreNotJitCompiled() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW jit")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("PostgreSQL's jit setting on the server's connections").isEqualTo("off");
        }
    }
}
