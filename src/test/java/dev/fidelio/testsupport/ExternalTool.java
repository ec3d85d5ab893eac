package dev.fidelio.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A program from Debian's packages that a test compares against or drives (sox, ffmpeg, wavpack, flac, node, npm). CI
 * installs them and sets {@code FIDELIO_TEST_REQUIRE_TOOLS=true}, so there a missing tool fails the test; on a
 * developer's machine without it the test is skipped with a note saying what to install.
 */
public final class ExternalTool {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final Path executable;

    private ExternalTool(Path executable) {
        this.executable = executable;
    }

    /** The named program on the PATH; skips the test (or fails it in CI) when it is not installed. */
    public static ExternalTool require(String name) {
        return require(name, name);
    }

    /** As {@link #require(String)}, for a program whose Debian package has another name (node is in nodejs). */
    public static ExternalTool require(String name, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return new ExternalTool(candidate);
            }
        }
        String message = name + " is not installed (Debian package: " + debianPackage + ")";
        if (Boolean.parseBoolean(System.getenv("FIDELIO_TEST_REQUIRE_TOOLS"))) {
            throw new AssertionError(message);
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    /**
     * Debian's own Python 3, for scripts that use Debian's Python bindings (they are not in another interpreter
     * that may come first on the PATH).
     */
    public static ExternalTool requireDebianPython(String debianPackages) {
        Path python = Path.of("/usr/bin/python3");
        if (Files.isExecutable(python)) {
            return new ExternalTool(python);
        }
        return require("python3", debianPackages);
    }

    public Path executable() {
        return executable;
    }

    /** Runs the program with {@code arguments}; fails with its output when it exits non-zero or takes too long. */
    public String run(String... arguments) throws IOException, InterruptedException {
        return runIn(null, Map.of(), arguments);
    }

    /** As {@link #run}, in {@code directory} (null: the current one) with {@code environment} added to ours. */
    public String runIn(Path directory, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        // Output goes to a file, not a pipe: reading a pipe would wait for a hung program, and the timeout never act.
        Path output = Files.createTempFile("external-tool", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " took longer than " + TIMEOUT + ":\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return checked(command, process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static String checked(List<String> command, int exitValue, String text) {
        if (exitValue != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + exitValue + ":\n" + text);
        }
        return text;
    }
}
