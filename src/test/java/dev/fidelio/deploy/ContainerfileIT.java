package dev.fidelio.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.fidelio.testsupport.ServerProcess;

/**
 * The Containerfile against the packaged server it copies (no container engine runs here, so the image is not
 * built): every part of the package goes in, and the server runs unprivileged with the shipped JVM options.
 */
class ContainerfileIT {

    @Test
    void copiesTheWholePackageAndRunsItUnprivileged() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("deploy/container/Containerfile"));
        Map<String, String> copied = new HashMap<>();
        lines.stream().filter(line -> line.startsWith("COPY ")).forEach(line -> {
            String[] words = line.substring(5).strip().split("\\s+");
            assertThat(words).as(line).hasSize(2);
            assertThat(Path.of(words[0])).as("what the image copies exists after packaging: " + line).exists();
            copied.put(Path.of(words[0]).normalize().toString(), words[1]);
        });
        Path root = Path.of("").toAbsolutePath();
        Path quarkusApp = ServerProcess.serverJar().toAbsolutePath().getParent();
        try (Stream<Path> parts = Files.list(quarkusApp)) {
            // Besides the jars, the package holds only a list of its dependencies, which the server does not read.
            parts.filter(part -> Files.isDirectory(part) || part.toString().endsWith(".jar")).map(part -> root.relativize(part).toString())
                    .forEach(part -> assertThat(copied).as("the package's " + part + " goes into the image").containsKey(part));
        }

        String user = lines.stream().filter(line -> line.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(Arrays.stream(user.substring(5).strip().split(":"))).as(user).doesNotContain("0", "root");
        String entrypoint = lines.stream().filter(line -> line.startsWith("ENTRYPOINT ")).findFirst().orElseThrow();
        String jar = copied.get(root.relativize(quarkusApp.resolve("quarkus-run.jar")).toString());
        assertThat(entrypoint).contains("\"@" + copied.get("deploy/jvm.options") + "\"", "\"" + jar + "\"");
    }
}
