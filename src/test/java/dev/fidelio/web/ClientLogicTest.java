package dev.fidelio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;

import dev.fidelio.testsupport.Chromium;
import dev.fidelio.testsupport.TestFiles;
import io.mvnpm.esbuild.Bundler;
import io.mvnpm.esbuild.model.BundleOptions;
import io.mvnpm.esbuild.model.BundleResult;
import io.mvnpm.esbuild.model.EsBuildConfig;
import io.mvnpm.esbuild.model.WebDependency;

/**
 * The web player's own logic (client-web/test): bundled with esbuild as the server's build does, run in headless
 * Chromium, each client test reported as a JUnit test. The browser is the real runtime: the gapless engine plays
 * real audio elements there.
 */
class ClientLogicTest {

    private static final Path CLIENT = Path.of("client-web");
    private static final double TIMEOUT_MS = 120_000;

    record Result(String name, boolean passed, String message) {
    }

    @TestFactory
    Stream<DynamicTest> clientTests() throws IOException {
        Path script = bundle();
        List<Result> results;
        // The page is not clicked, so the engine's tests may start audio only with the autoplay policy lifted.
        try (Chromium chromium = Chromium.launch("--autoplay-policy=no-user-gesture-required");
                Page page = chromium.browser().newPage()) {
            page.setContent("<!doctype html><html><body></body></html>");
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(script)).setType("module"));
            page.waitForFunction("() => window.clientTestResults !== undefined", null,
                    new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
            String json = (String) page.evaluate("() => JSON.stringify(window.clientTestResults)");
            results = new ObjectMapper().readValue(json, new TypeReference<List<Result>>() {
            });
        }
        assertThat(results).as("client tests run").hasSizeGreaterThan(20);
        return results.stream().map(r -> DynamicTest.dynamicTest(r.name(), () -> assertTrue(r.passed(), r.message())));
    }

    /** esbuild and the runtime it runs in come as npm packages in Maven artifacts (org.mvnpm), on the test classpath. */
    private static List<Path> esbuildPackages() {
        List<Path> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.replace(File.separatorChar, '/').contains("/org/mvnpm/"))
                .map(Path::of)
                .toList();
        assertThat(jars).as("esbuild's packages on the test classpath").isNotEmpty();
        return jars;
    }

    /** client-web/test/index.ts and what it imports, as one script. */
    private static Path bundle() throws IOException {
        // esbuild works in a folder of its own: the client's sources are copied there as they are.
        Path workDir = Path.of("target", "client-tests").toAbsolutePath();
        TestFiles.deleteTree(workDir);
        for (String folder : List.of("app", "test")) {
            copyTree(CLIENT.resolve(folder), workDir.resolve(folder));
        }
        BundleOptions options = BundleOptions.builder()
                .withWorkDir(workDir)
                .withDependencies(esbuildPackages(), WebDependency.WebDependencyType.MVNPM)
                .addEntryPoint(workDir, "test/index.ts")
                .withEsConfig(EsBuildConfig.builder().bundle().format(EsBuildConfig.Format.ESM).sourceMap(false).build())
                .build();
        BundleResult result = Bundler.bundle(options, true);
        try (Stream<Path> files = Files.walk(result.dist())) {
            return files.filter(p -> p.toString().endsWith(".js")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("esbuild wrote no script into " + result.dist()));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
