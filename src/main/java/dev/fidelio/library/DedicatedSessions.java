package dev.fidelio.library;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.AgroalSecurityProvider;

/**
 * Database sessions of their own, outside the connection pool but with its settings (URL, user, password, driver
 * properties), for what lasts as long as a session: a session advisory lock, LISTEN. A pooled connection would carry
 * those over to whoever borrows it next.
 */
@ApplicationScoped
public class DedicatedSessions {

    /**
     * The database probes an idle session after 10 s, every 5 s, and ends it after 3 unanswered probes: a server whose
     * machine vanished loses what its session held within about half a minute, not the system's default two hours.
     */
    private static final String KEEPALIVES = "SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5;"
            + " SET tcp_keepalives_count = 3";

    private final AgroalDataSource dataSource;

    DedicatedSessions(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A new session, named {@code fidelio <purpose>} in pg_stat_activity; the caller closes it. */
    public Connection open(String purpose) throws SQLException {
        AgroalConnectionFactoryConfiguration factory = dataSource.getConfiguration().connectionPoolConfiguration()
                .connectionFactoryConfiguration();
        Properties properties = new Properties();
        properties.putAll(factory.jdbcProperties());
        for (AgroalSecurityProvider provider : factory.securityProviders()) {
            putAll(properties, provider.getSecurityProperties(factory.principal()));
            factory.credentials().forEach(credential -> putAll(properties, provider.getSecurityProperties(credential)));
        }
        properties.setProperty("ApplicationName", "fidelio " + purpose);
        Connection session = new org.postgresql.Driver().connect(factory.jdbcUrl(), properties);
        if (session == null) {
            throw new SQLException("Not a PostgreSQL URL: " + factory.jdbcUrl());
        }
        try (Statement keepalives = session.createStatement()) {
            keepalives.execute(KEEPALIVES);
        } catch (SQLException e) {
            session.close();
            throw e;
        }
        return session;
    }

    private static void putAll(Properties properties, Properties more) {
        if (more != null) {
            properties.putAll(more);
        }
    }
}
