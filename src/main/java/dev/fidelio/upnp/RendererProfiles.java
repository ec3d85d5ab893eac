package dev.fidelio.upnp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fidelio.boot.FidelioConfig;

/**
 * The renderer profiles: the shipped file {@code upnp/renderer-profiles.json}, or the one the settings name
 * ({@code FIDELIO_UPNP_RENDERER_PROFILES}). Its {@code default} applies to every device none of its {@code profiles}
 * matches, and fills in what a matching profile leaves unset; the first match wins.
 */
@Singleton
class RendererProfiles {

    static final String SHIPPED = "upnp/renderer-profiles.json";

    record File(RendererProfile defaults, List<RendererProfile> profiles) {
    }

    private final RendererProfile defaults;
    private final List<RendererProfile> profiles;

    @Inject
    RendererProfiles(FidelioConfig config) {
        this(read(config.upnp().rendererProfiles()));
    }

    RendererProfiles(File file) {
        this.defaults = file.defaults() == null ? RendererProfile.STANDARD : file.defaults().over(RendererProfile.STANDARD);
        List<RendererProfile> merged = new ArrayList<>();
        for (RendererProfile profile : file.profiles() == null ? List.<RendererProfile>of() : file.profiles()) {
            merged.add(profile.over(defaults));
        }
        this.profiles = List.copyOf(merged);
    }

    /** The profile of the device that sent these headers (either may be null). */
    RendererProfile of(String userAgent, String clientInfo) {
        for (RendererProfile profile : profiles) {
            if (userAgent != null && profile.matches(userAgent) || clientInfo != null && profile.matches(clientInfo)) {
                return profile;
            }
        }
        return defaults;
    }

    static File read(Optional<Path> path) {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try {
            if (path.isPresent()) {
                try (InputStream in = Files.newInputStream(path.get())) {
                    return json.readValue(in, File.class);
                }
            }
            try (InputStream in = RendererProfiles.class.getClassLoader().getResourceAsStream(SHIPPED)) {
                return json.readValue(in, File.class);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The renderer profiles " + path.map(Path::toString).orElse(SHIPPED) + " cannot be read: "
                    + e.getMessage(), e);
        }
    }
}
