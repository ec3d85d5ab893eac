package dev.fidelio.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Every setting the deploy/ files set is one the documentation explains. */
class DeploySettingsTest {

    private static final Pattern VARIABLE = Pattern.compile("\\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|LANG)=");
    private static final Pattern DOCUMENTED = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    @Test
    void everySettingTheDeployFilesSetIsDocumented() throws IOException {
        Set<String> set = new TreeSet<>();
        set.addAll(assigned(Path.of("deploy/systemd/fidelio.env")));
        set.addAll(assigned(Path.of("deploy/container/Containerfile")));
        YAMLMapper yaml = new YAMLMapper();
        yaml.readTree(Path.of("deploy/container/compose.yaml").toFile()).at("/services/fidelio/environment").fieldNames()
                .forEachRemaining(set::add);
        yaml.readTree(Path.of("deploy/kubernetes/configmap.yaml").toFile()).get("data").fieldNames().forEachRemaining(set::add);
        yaml.readTree(Path.of("deploy/kubernetes/secret.yaml").toFile()).get("stringData").fieldNames().forEachRemaining(set::add);
        assertThat(set).contains("FIDELIO_MUSIC_DIRS", "QUARKUS_DATASOURCE_JDBC_URL", "FIDELIO_AUTH_PASSWORD_KEY");

        Set<String> documented = new TreeSet<>();
        documented.addAll(tableNames(Path.of("docs/deploy.md")));
        documented.addAll(tableNames(Path.of("README.md")));
        assertThat(documented).containsAll(set);
    }

    /** Names assigned in the file, also in comments: a setting shown as an example is a setting too. */
    private static Set<String> assigned(Path file) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher m = VARIABLE.matcher(Files.readString(file));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Names in the first column of the file's tables. */
    private static Set<String> tableNames(Path file) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("| `")) {
                Matcher m = DOCUMENTED.matcher(line.substring(0, line.indexOf(" |", 2)));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }
}
