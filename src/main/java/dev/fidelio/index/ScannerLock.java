package dev.fidelio.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.AgroalSecurityProvider;

/**
 * Which of the servers sharing one database scans: the one holding a PostgreSQL session advisory lock. The lock lives
 * exactly as long as its database session, so it is held on a session of its own, outside the pool (a pooled
 * connection would go back to the pool still holding it). A server that is killed lets go of it with its connection;
 * one whose machine vanishes, once the database's keepalive probes find it gone (about half a minute, set below); the
 * next server to try then takes it. A pooler in transaction mode would share that session with other clients: the
 * servers connect directly, or through one in session mode.
 */
@ApplicationScoped
class ScannerLock {

    private static final Logger LOG = Logger.getLogger(ScannerLock.class);
    /**
     * The first key of Fidelio's two-key advisory locks, "FIDE"; this one's second is "SCAN". The two-key form lives
     * apart from the one-key locks Flyway and the first administrator's creation take.
     */
    static final int KEY_APPLICATION = 0x46494445;
    private static final int KEY_SCANNER = 0x5343414e;
    private static final int CHECK_TIMEOUT_SECONDS = 5;
    /** The database probes an idle session after 10 s, every 5 s, and ends it after 3 unanswered probes. */
    private static final String KEEPALIVES = "SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5;"
            + " SET tcp_keepalives_count = 3";

    private final AgroalDataSource dataSource;
    /** The lock's own session, kept between tries; null until the first or after it broke. Guarded by this. */
    private Connection session;
    /** Whether {@link #session} holds the lock. Guarded by this. */
    private boolean held;

    ScannerLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Whether this server scans now: true while the session holding the lock still answers, or when the lock was free
     * and is taken now.
     */
    synchronized boolean hold() {
        if (held) {
            if (answers(session)) {
                return true;
            }
            LOG.warn("The database session holding the scanner lock is gone; another server may scan now.");
            release();
            return false;
        }
        try {
            if (session == null) {
                session = connect();
            }
            held = tryLock(session);
            return held;
        } catch (SQLException e) {
            LOG.debugf("Cannot try the scanner lock now: %s", e.getMessage());
            release();
            return false;
        }
    }

    /** Lets another server scan: ending the session releases the lock. */
    synchronized void release() {
        closeQuietly(session);
        session = null;
        held = false;
    }

    /** A session with the datasource's own settings (URL, user, password, driver properties). */
    private Connection connect() throws SQLException {
        AgroalConnectionFactoryConfiguration factory = dataSource.getConfiguration().connectionPoolConfiguration()
                .connectionFactoryConfiguration();
        Properties properties = new Properties();
        properties.putAll(factory.jdbcProperties());
        for (AgroalSecurityProvider provider : factory.securityProviders()) {
            putAll(properties, provider.getSecurityProperties(factory.principal()));
            factory.credentials().forEach(credential -> putAll(properties, provider.getSecurityProperties(credential)));
        }
        properties.setProperty("ApplicationName", "fidelio scanner lock");
        Connection session = new org.postgresql.Driver().connect(factory.jdbcUrl(), properties);
        if (session == null) {
            throw new SQLException("Not a PostgreSQL URL: " + factory.jdbcUrl());
        }
        try (Statement keepalives = session.createStatement()) {
            keepalives.execute(KEEPALIVES);
        } catch (SQLException e) {
            closeQuietly(session);
            throw e;
        }
        return session;
    }

    private static void putAll(Properties properties, Properties more) {
        if (more != null) {
            properties.putAll(more);
        }
    }

    private static boolean tryLock(Connection session) throws SQLException {
        try (PreparedStatement lock = session.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, KEY_APPLICATION);
            lock.setInt(2, KEY_SCANNER);
            lock.setQueryTimeout(CHECK_TIMEOUT_SECONDS);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** A session that answers still holds its session locks: only it could have released them. */
    private static boolean answers(Connection session) {
        try {
            return session.isValid(CHECK_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection session) {
        if (session == null) {
            return;
        }
        try {
            session.close();
        } catch (SQLException e) {
            LOG.debugf("Closing the scanner lock's session: %s", e.getMessage());
        }
    }
}
