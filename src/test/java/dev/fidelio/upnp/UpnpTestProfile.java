package dev.fidelio.upnp;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** UPnP on, on loopback only: announced on {@code lo}, answering on 127.0.0.1. */
public class UpnpTestProfile implements QuarkusTestProfile {

    static final String NAME = "Fidelio UPnP Test";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("fidelio.upnp.enabled", "true", "fidelio.upnp.interfaces", "lo", "fidelio.upnp.friendly-name", NAME);
    }
}
