package dev.fidelio.users;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.web.ApiException;

/** Creating and changing accounts. */
@ApplicationScoped
public class AccountService {

    public static final int MAX_NAME_LENGTH = 64;

    private final PasswordHasher hasher;
    private final PasswordVault vault;

    AccountService(PasswordHasher hasher, PasswordVault vault) {
        this.hasher = hasher;
        this.vault = vault;
    }

    public Optional<User> findByName(String username) {
        return User.find("lower(username) = lower(?1)", username).firstResultOptional();
    }

    public List<User> list() {
        return User.list("order by lower(username)");
    }

    public User get(long id) {
        return User.<User>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("No user with id " + id + "."));
    }

    @Transactional
    public User create(String username, String password, Role role) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("A user name needs 1 to " + MAX_NAME_LENGTH + " characters and no control characters.");
        }
        requireUsable(password);
        if (findByName(name).isPresent()) {
            throw ApiException.conflict("A user named '" + name + "' already exists.");
        }
        User user = new User();
        user.username = name;
        user.passwordHash = hasher.hash(password);
        user.role = role == null ? Role.USER : role;
        user.persist();
        // The copy is bound to the account's id, which exists only once the row does.
        user.passwordEncrypted = vault.seal(user.id, password);
        return user;
    }

    @Transactional
    public User update(long id, Boolean enabled, Role role, String password) {
        User user = get(id);
        boolean losesAdmin = user.isAdmin() && (Boolean.FALSE.equals(enabled) || (role != null && role != Role.ADMIN));
        if (losesAdmin && enabledAdmins() <= 1) {
            throw ApiException.conflict("This is the last enabled administrator; make another one first.");
        }
        if (enabled != null) {
            user.enabled = enabled;
        }
        if (role != null) {
            user.role = role;
        }
        if (password != null) {
            requireUsable(password);
            setPassword(user, password);
        }
        if (Boolean.FALSE.equals(enabled) || password != null) {
            // A disabled account or a changed password ends every open session at once.
            UserSession.delete("user.id", user.id);
        }
        return user;
    }

    /**
     * A user's own change of password. Their other sessions end; the one making the change (if any) stays, so the
     * web player is not logged out by its own action.
     */
    @Transactional
    public void changeOwnPassword(long id, String current, String next, String currentSessionToken) {
        User user = get(id);
        if (current == null || !hasher.matches(current, user.passwordHash)) {
            throw new ApiException(jakarta.ws.rs.core.Response.Status.FORBIDDEN, "wrong_password", "The current password is wrong.");
        }
        requireUsable(next);
        setPassword(user, next);
        byte[] kept = currentSessionToken == null ? new byte[0] : Secrets.hash(currentSessionToken);
        UserSession.delete("user.id = ?1 and tokenHash <> ?2", user.id, kept);
    }

    /** Deletes an account with its sessions, API keys and listening data; the last enabled administrator stays. */
    @Transactional
    public void delete(long id) {
        User user = get(id);
        if (user.isAdmin() && user.enabled && enabledAdmins() <= 1) {
            throw ApiException.conflict("This is the last enabled administrator; make another one first.");
        }
        user.delete();
    }

    public boolean noUsers() {
        return User.count() == 0;
    }

    private void setPassword(User user, String password) {
        user.passwordHash = hasher.hash(password);
        user.passwordEncrypted = vault.seal(user.id, password);
    }

    private long enabledAdmins() {
        return User.count("role = ?1 and enabled = true", Role.ADMIN);
    }

    private static void requireUsable(String password) {
        String weakness = PasswordHasher.weakness(password);
        if (weakness != null) {
            throw ApiException.badRequest(weakness);
        }
    }
}
