package dev.fidelio.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fidelio.testsupport.ExternalTool;

/** The systemd unit and its account, as systemd itself reads them. */
class SystemdUnitTest {

    private static final Path UNIT = Path.of("deploy/systemd/fidelio.service");

    @Test
    void theUnitIsVerifiedWithoutAWord() throws Exception {
        // verify exits 0 on unknown keys and misspelt sections, and only says so: any output is a fault.
        String output = ExternalTool.require("systemd-analyze", "systemd").run("verify", UNIT.toAbsolutePath().toString());
        assertThat(output).isEmpty();
    }

    @Test
    void theUnitRunsThePackagedServerAsTheUnprivilegedAccountWithTheShippedJvmOptions() throws Exception {
        String unit = Files.readString(UNIT);
        assertThat(unit).contains("\nUser=fidelio\n", "\nNoNewPrivileges=yes\n", "\nProtectSystem=strict\n",
                "\nProtectHome=read-only\n", "\nPrivateTmp=yes\n", "\nRestart=on-failure\n", "\nStateDirectory=fidelio\n",
                "\nEnvironmentFile=/etc/fidelio/fidelio.env\n",
                "\nExecStart=/usr/bin/java @/opt/fidelio/jvm.options -jar /opt/fidelio/quarkus-app/quarkus-run.jar\n");
    }

    @Test
    void theAccountIsCreatedBySysusers(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("etc"));
        String output = ExternalTool.require("systemd-sysusers", "systemd").run("--dry-run", "--root=" + root,
                Path.of("deploy/systemd/fidelio.sysusers").toAbsolutePath().toString());
        assertThat(output).contains("Creating user 'fidelio'").doesNotContain("garbage", "Failed", "invalid");
    }
}
