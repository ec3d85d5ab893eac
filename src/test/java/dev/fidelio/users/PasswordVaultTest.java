package dev.fidelio.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fidelio.boot.StartupException;

class PasswordVaultTest {

    @TempDir
    Path dataDir;

    @Test
    void aCopyOpensOnlyForItsOwnAccount() {
        PasswordVault vault = new PasswordVault(PasswordVault.loadKey(Optional.empty(), dataDir), null);
        byte[] sealed = vault.seal(7, "Dvořák & Smetana");

        assertThat(vault.open(7, sealed)).contains("Dvořák & Smetana");
        assertThat(vault.open(8, sealed)).as("moved to another account's row").isEmpty();
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Smetana");
        assertThat(vault.seal(7, "Dvořák & Smetana")).as("a fresh nonce every time").isNotEqualTo(sealed);
    }

    @Test
    void aDamagedCopyOrAnotherKeyOpensNothing() {
        PasswordVault vault = new PasswordVault(PasswordVault.loadKey(Optional.empty(), dataDir), null);
        byte[] sealed = vault.seal(1, "a long enough password");
        byte[] damaged = sealed.clone();
        damaged[damaged.length - 1] ^= 1;

        assertThat(vault.open(1, damaged)).isEmpty();
        assertThat(vault.open(1, new byte[] { 1, 2, 3 })).isEmpty();
        assertThat(vault.open(1, null)).isEmpty();
        PasswordVault other = new PasswordVault(PasswordVault.loadKey(Optional.of(randomKey()), dataDir), null);
        assertThat(other.open(1, sealed)).isEmpty();
    }

    @Test
    void theKeyFileIsMadeOnceReadableByItsOwnerOnly() throws IOException {
        SecretKey first = PasswordVault.loadKey(Optional.empty(), dataDir);
        Path file = dataDir.resolve(PasswordVault.KEY_FILE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(PasswordVault.loadKey(Optional.empty(), dataDir)).isEqualTo(first);
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aConfiguredKeyIsUsedAndAMalformedOneStopsTheServer() {
        String key = randomKey();
        assertThat(PasswordVault.loadKey(Optional.of(key), dataDir).getEncoded()).isEqualTo(Base64.getDecoder().decode(key));
        assertThat(dataDir.resolve(PasswordVault.KEY_FILE)).doesNotExist();

        assertThatThrownBy(() -> PasswordVault.loadKey(Optional.of("c2hvcnQ="), dataDir))
                .isInstanceOf(StartupException.class).hasMessageContaining("FIDELIO_AUTH_PASSWORD_KEY");
        assertThatThrownBy(() -> PasswordVault.loadKey(Optional.of("not base64 at all!"), dataDir))
                .isInstanceOf(StartupException.class);
    }

    @Test
    void turnedOffItKeepsNothing() {
        PasswordVault off = new PasswordVault((SecretKey) null, null);
        assertThat(off.enabled()).isFalse();
        assertThat(off.seal(1, "a long enough password")).isNull();
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
