package dev.fidelio.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The settings the launcher needs before Quarkus boots, read from the same sources and with the same
 * defaults the server will use: system properties, environment, {@code config/application.properties}
 * in the working folder, and the bundled application.properties.
 */
record LaunchSettings(FidelioConfig fidelio, String httpHost, int httpPort, Optional<ExternalDatabase> externalDatabase) {

    record ExternalDatabase(String url, String username, String password) {
    }

    static LaunchSettings load() {
        SmallRyeConfig config;
        try {
            config = new SmallRyeConfigBuilder()
                    .addDefaultSources()
                    .withSources(properties(LaunchSettings.class.getClassLoader().getResource("application.properties"), 250))
                    .withSources(properties(localOverrides(), 260))
                    .withProfile("prod")
                    .withMapping(FidelioConfig.class)
                    .withValidateUnknown(false)
                    .build();
        } catch (ConfigValidationException e) {
            throw new StartupException(StartupFailure.describe(e));
        }
        try {
            int port = config.getValue("quarkus.http.port", Integer.class);
            if (port < 0 || port > 65535) {
                throw new StartupException("QUARKUS_HTTP_PORT must be a port number from 1 to 65535, not " + port + ".");
            }
            Optional<ExternalDatabase> external = config.getOptionalValue("quarkus.datasource.jdbc.url", String.class)
                    .map(url -> new ExternalDatabase(url,
                            config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                            config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null)));
            return new LaunchSettings(config.getConfigMapping(FidelioConfig.class),
                    config.getValue("quarkus.http.host", String.class), port, external);
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            throw new StartupException(StartupFailure.describe(e));
        }
    }

    private static URL localOverrides() {
        Path file = Path.of("config", "application.properties");
        try {
            return Files.isRegularFile(file) ? file.toUri().toURL() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PropertiesConfigSource[] properties(URL url, int ordinal) {
        if (url == null) {
            return new PropertiesConfigSource[0];
        }
        try {
            return new PropertiesConfigSource[] { new PropertiesConfigSource(url, ordinal) };
        } catch (IOException e) {
            throw new StartupException("Cannot read " + url + ": " + e.getMessage());
        }
    }
}
