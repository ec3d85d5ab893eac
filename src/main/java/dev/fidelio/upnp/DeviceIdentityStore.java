package dev.fidelio.upnp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The device's UDN, made once and kept in the data folder: control points remember a server by it, so it must not
 * change across restarts. jUPnP's own generator derives it from a hardware address, which fails with loopback only.
 */
final class DeviceIdentityStore {

    private DeviceIdentityStore() {
    }

    static UUID udn(Path dataDir) {
        Path file = dataDir.resolve("upnp").resolve("udn");
        try {
            if (Files.isRegularFile(file)) {
                try {
                    return UUID.fromString(Files.readString(file, StandardCharsets.US_ASCII).strip());
                } catch (IllegalArgumentException e) {
                    // a damaged file: a new identity is better than none
                }
            }
            UUID udn = UUID.randomUUID();
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling("udn.tmp");
            Files.writeString(temporary, udn + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return udn;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the UPnP device id in " + file + ": " + e.getMessage(), e);
        }
    }
}
