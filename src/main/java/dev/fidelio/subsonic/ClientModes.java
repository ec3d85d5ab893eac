package dev.fidelio.subsonic;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fidelio.boot.FidelioConfig;
import dev.fidelio.subsonic.response.ClientMode;

/** Picks a client's mode by the name it sends as {@code c}: legacy for the configured names, OpenSubsonic otherwise. */
@ApplicationScoped
public class ClientModes {

    private final Set<String> legacyClients;

    @Inject
    ClientModes(FidelioConfig config) {
        this(Set.copyOf(config.subsonic().legacyClients()));
    }

    ClientModes(Set<String> legacyClients) {
        this.legacyClients = legacyClients.stream().map(ClientModes::key).collect(Collectors.toUnmodifiableSet());
    }

    public ClientMode of(String client) {
        return client != null && legacyClients.contains(key(client)) ? ClientMode.LEGACY : ClientMode.OPEN_SUBSONIC;
    }

    private static String key(String client) {
        return client.strip().toLowerCase(Locale.ROOT);
    }
}
