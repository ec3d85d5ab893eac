package dev.fidelio.boot;

import java.nio.file.Path;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads a path the way a user writes it in an environment file: a leading {@code ~} is the home folder,
 * which systemd and compose files do not expand themselves.
 */
public class HomePathConverter implements Converter<Path> {

    @Override
    public Path convert(String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.equals("~") || trimmed.startsWith("~/")) {
            trimmed = System.getProperty("user.home") + trimmed.substring(1);
        }
        return Path.of(trimmed).toAbsolutePath().normalize();
    }
}
