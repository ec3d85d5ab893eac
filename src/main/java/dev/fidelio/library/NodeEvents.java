package dev.fidelio.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * What a server tells the other servers sharing its database, by PostgreSQL's NOTIFY: sent with the transaction that
 * caused it (so nothing is heard of a change that did not commit), heard by the others within moments on a session
 * each keeps for listening. A server cut off from the database misses what is said meanwhile, so what must not be
 * missed is in tables; these events only keep live views (who is playing what) in step.
 */
@ApplicationScoped
public class NodeEvents {

    private static final Logger LOG = Logger.getLogger(NodeEvents.class);
    private static final String CHANNEL_PREFIX = "fidelio_";
    private static final Pattern CHANNEL = Pattern.compile("[a-z_]{1,40}");
    /** How long the listening thread waits for events before it looks for channels to add; also how soon it stops. */
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration RETRY = Duration.ofSeconds(5);

    /** This process among the listeners, so that it does not hear itself. */
    private final String self = UUID.randomUUID().toString();
    private final Map<String, Consumer<String>> handlers = new ConcurrentHashMap<>();
    private final EntityManager entityManager;
    private final DedicatedSessions sessions;
    private volatile boolean stopping;
    private Thread listener;

    NodeEvents(EntityManager entityManager, DedicatedSessions sessions) {
        this.entityManager = entityManager;
        this.sessions = sessions;
    }

    /** Tells the other servers {@code message} on {@code channel} when the current transaction commits. */
    public void send(String channel, String message) {
        String payload = self + " " + message;
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL_PREFIX + checked(channel));
                notify.setString(2, payload);
                notify.execute();
            }
        });
    }

    /**
     * Hands what the other servers send on {@code channel} to {@code handler}, on the listening thread, from the moment
     * the listening session has taken the channel up (within a second).
     */
    public void listen(String channel, Consumer<String> handler) {
        handlers.put(checked(channel), handler);
    }

    void onStart(@Observes StartupEvent event) {
        listener = new Thread(this::listenUntilStopped, "fidelio-node-events");
        listener.setDaemon(true);
        listener.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (listener != null) {
            listener.join(POLL.multipliedBy(3).toMillis());
        }
    }

    private void listenUntilStopped() {
        Connection session = null;
        Set<String> listening = new HashSet<>();
        while (!stopping) {
            try {
                if (session == null) {
                    session = sessions.open("events");
                    listening.clear();
                }
                for (String channel : handlers.keySet()) {
                    if (listening.add(channel)) {
                        try (Statement listen = session.createStatement()) {
                            listen.execute("LISTEN " + CHANNEL_PREFIX + channel);
                        }
                    }
                }
                PGNotification[] heard = session.unwrap(PGConnection.class).getNotifications((int) POLL.toMillis());
                if (heard != null) {
                    for (PGNotification notification : heard) {
                        dispatch(notification.getName().substring(CHANNEL_PREFIX.length()), notification.getParameter());
                    }
                }
            } catch (SQLException e) {
                LOG.warnf("Not hearing the other servers until the database answers again: %s", e.getMessage());
                close(session);
                session = null;
                pause();
            }
        }
        close(session);
    }

    private void dispatch(String channel, String payload) {
        int space = payload.indexOf(' ');
        Consumer<String> handler = handlers.get(channel);
        if (space < 0 || handler == null || payload.substring(0, space).equals(self)) {
            return;
        }
        try {
            handler.accept(payload.substring(space + 1));
        } catch (RuntimeException e) {
            LOG.warnf(e, "An event from another server on %s could not be taken in", channel);
        }
    }

    private static String checked(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
        return channel;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    private static void close(Connection session) {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException e) {
                LOG.debugf("Closing the listening session: %s", e.getMessage());
            }
        }
    }
}
