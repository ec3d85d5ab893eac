package dev.fidelio.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.fidelio.library.DedicatedSessions;

/**
 * Which of the servers sharing one database scans: the one holding a PostgreSQL session advisory lock. The lock lives
 * exactly as long as its database session, so it is held on a {@link DedicatedSessions session of its own}. A server
 * that is killed lets go of it with its connection; one whose machine vanishes, once the database's keepalive probes
 * find it gone (about half a minute); the next server to try then takes it. A pooler in transaction mode would share
 * that session with other clients: the servers connect directly, or through one in session mode.
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

    private final DedicatedSessions sessions;
    /** The lock's own session, kept between tries; null until the first or after it broke. Guarded by this. */
    private Connection session;
    /** Whether {@link #session} holds the lock. Guarded by this. */
    private boolean held;

    ScannerLock(DedicatedSessions sessions) {
        this.sessions = sessions;
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
                session = sessions.open("scanner lock");
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
