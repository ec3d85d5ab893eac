package dev.fidelio.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.BindException;

import org.junit.jupiter.api.Test;

class StartupFailureTest {

    @Test
    void conversionErrorsNameTheSettingAndItsVariable() {
        String raw = "java.lang.IllegalArgumentException: SRCFG00039: The config property fidelio.auth.bcrypt-cost with the "
                + "config value \"lots\" threw an Exception whilst being converted SRCFG00029: Expected an integer value, got \"lots\"";
        assertThat(StartupFailure.describe(new IllegalArgumentException(raw)))
                .isEqualTo("Invalid value \"lots\" for fidelio.auth.bcrypt-cost (FIDELIO_AUTH_BCRYPT_COST): "
                        + "Expected an integer value, got \"lots\"");
    }

    @Test
    void startupExceptionsAnywhereInTheChainAreShownAsTheyAre() {
        Exception wrapped = new RuntimeException("boot failed", new IllegalStateException(new StartupException("Disk full.")));
        assertThat(StartupFailure.describe(wrapped)).isEqualTo("Disk full.");
    }

    @Test
    void bindFailuresPointAtThePortSettings() {
        assertThat(StartupFailure.describe(new RuntimeException(new BindException("Address already in use"))))
                .contains("Address already in use").contains("QUARKUS_HTTP_PORT");
    }

    @Test
    void anythingElseGivesTheRootCause() {
        assertThat(StartupFailure.describe(new RuntimeException("outer", new java.io.IOException("No space left on device"))))
                .isEqualTo("The server failed to start: No space left on device");
    }
}
