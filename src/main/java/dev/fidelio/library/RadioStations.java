package dev.fidelio.library;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Internet radio stations: a name and the address a player streams from, for everyone; administrators keep the list.
 * The server never connects to them, so any http or https address is accepted.
 */
@ApplicationScoped
public class RadioStations {

    public static final int MAX_NAME = 500;
    public static final int MAX_URL = 2000;

    public record Station(UUID id, String name, String streamUrl, String homePageUrl) {
    }

    private final EntityManager entityManager;

    RadioStations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** By name. */
    @Transactional
    public List<Station> all() {
        return new Sql("SELECT id, name, stream_url, homepage_url FROM radio_station ORDER BY lower(name), id").rows(entityManager)
                .stream().map(r -> new Station(Rows.uuid(r[0]), Rows.text(r[1]), Rows.text(r[2]), Rows.text(r[3]))).toList();
    }

    @Transactional
    public UUID create(String name, String streamUrl, String homePageUrl) {
        return Rows.uuid(entityManager.createNativeQuery("INSERT INTO radio_station (name, stream_url, homepage_url) "
                + "VALUES (?1, ?2, ?3) RETURNING id").setParameter(1, name(name)).setParameter(2, url("stream", streamUrl))
                .setParameter(3, homePageUrl == null ? null : url("home page", homePageUrl)).getSingleResult());
    }

    /** Replaces the station's name and addresses; no home page removes it. */
    @Transactional
    public void update(UUID id, String name, String streamUrl, String homePageUrl) {
        int updated = entityManager.createNativeQuery("UPDATE radio_station SET name = ?2, stream_url = ?3, homepage_url = ?4 "
                + "WHERE id = ?1").setParameter(1, id).setParameter(2, name(name)).setParameter(3, url("stream", streamUrl))
                .setParameter(4, homePageUrl == null ? null : url("home page", homePageUrl)).executeUpdate();
        if (updated == 0) {
            throw new NoSuchItemException("radio station", id);
        }
    }

    @Transactional
    public void delete(UUID id) {
        if (entityManager.createNativeQuery("DELETE FROM radio_station WHERE id = ?1").setParameter(1, id).executeUpdate() == 0) {
            throw new NoSuchItemException("radio station", id);
        }
    }

    private static String name(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("A radio station needs a name of 1 to " + MAX_NAME + " characters");
        }
        return name.strip();
    }

    /** An absolute http or https address: what a player can stream from, and nothing it could be tricked into running. */
    private static String url(String what, String url) {
        String value = url == null ? "" : url.strip();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && value.length() <= MAX_URL) {
                return value;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new IllegalArgumentException("The " + what + " address must be an http or https URL of at most " + MAX_URL
                + " characters");
    }
}
