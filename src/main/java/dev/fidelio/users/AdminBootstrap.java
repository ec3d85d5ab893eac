package dev.fidelio.users;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.fidelio.boot.FidelioConfig;
import io.quarkus.runtime.StartupEvent;

/** Gives an empty database its first administrator. */
@Singleton
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
    /** Serializes the check across nodes that start together on one database. */
    private static final long LOCK_KEY = 0x46_49_44_45_4c_49_4fL;

    private final AccountService accounts;
    private final FidelioConfig config;
    private final EntityManager entityManager;

    AdminBootstrap(AccountService accounts, FidelioConfig config, EntityManager entityManager) {
        this.accounts = accounts;
        this.config = config;
        this.entityManager = entityManager;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")").getSingleResult();
        if (!accounts.noUsers()) {
            return;
        }
        String name = config.admin().user();
        boolean generated = config.admin().password().isEmpty();
        String password = config.admin().password().orElseGet(Secrets::newPassword);
        accounts.create(name, password, Role.ADMIN);
        if (generated) {
            // Printed this once, on purpose: it is the only way the operator learns it.
            LOG.infof("Created the administrator '%s' with the generated password: %s", name, password);
            LOG.info("Change it after logging in, or set FIDELIO_ADMIN_PASSWORD before the first start.");
        } else {
            LOG.infof("Created the administrator '%s' with the password from FIDELIO_ADMIN_PASSWORD.", name);
        }
    }
}
