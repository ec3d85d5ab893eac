package dev.fidelio.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A reference program from Debian's packages (sox, ffmpeg, wavpack, flac) that a test compares against. CI installs
 * them and sets {@code FIDELIO_TEST_REQUIRE_TOOLS=true}, so there a missing tool fails the test; on a developer's
 * machine without it the test is skipped with a note saying what to install.
 */
public final class ExternalTool {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final Path executable;

    private ExternalTool(Path executable) {
        this.executable = executable;
    }

    /** The named program on the PATH; skips the test (or fails it in CI) when it is not installed. */
    public static ExternalTool require(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return new ExternalTool(candidate);
            }
        }
        String message = name + " is not installed (Debian package: " + name + ")";
        if (Boolean.parseBoolean(System.getenv("FIDELIO_TEST_REQUIRE_TOOLS"))) {
            throw new AssertionError(message);
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    /** Runs the program with {@code arguments}; fails with its output when it exits non-zero or takes too long. */
    public String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " took longer than " + TIMEOUT);
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + process.exitValue() + ":\n" + text);
        }
        return text;
    }
}
