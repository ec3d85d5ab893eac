package dev.fidelio.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.fidelio.testsupport.ExternalTool;

/**
 * The compose file, as docker-compose reads it (no container engine runs here, so nothing is built or started):
 * PostgreSQL, Fidelio with the music read-only, and the TLS proxy in front.
 */
class ComposeFileTest {

    private static final Path FOLDER = Path.of("deploy/container").toAbsolutePath();

    @Test
    void isValidWithTheExampleSettings() throws Exception {
        assertThat(compose("config", "-q")).isEmpty();
    }

    @Test
    void refusesToStartWithoutTheDatabasePassword(@TempDir Path empty) throws Exception {
        Path noSettings = Files.createFile(empty.resolve("empty.env"));
        assertThatThrownBy(() -> compose(List.of("--env-file", noSettings.toString(), "-f", "compose.yaml", "config", "-q")))
                .hasMessageContaining("set FIDELIO_DB_PASSWORD in deploy/container/.env");
    }

    @Test
    void fidelioReadsTheMusicReadOnlyAndIsReachedOnlyThroughTheProxy() throws Exception {
        JsonNode services = new YAMLMapper().readTree(compose("config")).get("services");
        assertThat(services.fieldNames()).toIterable().containsExactlyInAnyOrder("postgres", "fidelio", "proxy");

        JsonNode fidelio = services.get("fidelio");
        assertThat(fidelio.get("volumes").toString()).as("the music is mounted read-only")
                .contains("\"/srv/music:/music:ro\"", "\"fidelio-data:/var/lib/fidelio:rw\"");
        assertThat(fidelio.has("ports")).as("no port of Fidelio's is published: the proxy is the way in").isFalse();
        assertThat(fidelio.at("/environment/QUARKUS_DATASOURCE_JDBC_URL").asText()).isEqualTo("jdbc:postgresql://postgres:5432/fidelio");
        assertThat(fidelio.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
        Path context = Path.of(fidelio.at("/build/context").asText());
        assertThat(context.resolve(fidelio.at("/build/dockerfile").asText())).isRegularFile();
        assertThat(context.resolve("deploy/jvm.options")).as("the build context is the repository").isRegularFile();

        assertThat(services.get("proxy").get("ports").findValuesAsText("target")).contains("443");
        String caddyfile = Files.readString(FOLDER.resolve("Caddyfile"));
        assertThat(caddyfile).contains("{$FIDELIO_HOSTNAME} {", "reverse_proxy fidelio:4747");
    }

    /** docker-compose in the compose file's folder, with the example settings. */
    private static String compose(String... command) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--env-file", "example.env", "-f", "compose.yaml"));
        arguments.addAll(List.of(command));
        return compose(arguments);
    }

    private static String compose(List<String> arguments) throws Exception {
        return ExternalTool.require("docker-compose").runIn(FOLDER, Map.of(), arguments.toArray(String[]::new));
    }
}
