package dev.fidelio.users;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.boot.FidelioConfig;
import io.quarkus.elytron.security.common.BcryptUtil;

/** bcrypt password hashes. */
@ApplicationScoped
public class PasswordHasher {

    static final int MINIMUM_LENGTH = 8;
    /** bcrypt looks at 72 bytes at most; longer passwords would silently share a hash. */
    static final int MAXIMUM_BYTES = 72;

    private final int cost;
    /** Checked against when a user name is unknown, so that a failed login takes as long either way. */
    private final String decoy;

    PasswordHasher(FidelioConfig config) {
        this.cost = config.auth().bcryptCost();
        this.decoy = BcryptUtil.bcryptHash(Secrets.newPassword(), cost);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash);
    }

    public void spendTime(String password) {
        BcryptUtil.matches(password, decoy);
    }

    /** Why a password cannot be used, or null when it can. */
    static String weakness(String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return "A password needs at least " + MINIMUM_LENGTH + " characters.";
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return "A password may be at most " + MAXIMUM_BYTES + " bytes long.";
        }
        return null;
    }
}
