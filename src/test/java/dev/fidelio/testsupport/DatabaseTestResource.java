package dev.fidelio.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives every @QuarkusTest one fresh PostgreSQL database (see {@link TestDatabase}), an empty data folder
 * and the sample library as its music folder.
 */
public class DatabaseTestResource implements QuarkusTestResourceLifecycleManager {

    private TestDatabase database;
    private Path dataDir;

    @Override
    public Map<String, String> start() {
        try {
            dataDir = Files.createTempDirectory("fidelio-test-data");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        database = TestDatabase.create();
        Map<String, String> config = new HashMap<>(database.quarkusProperties());
        config.put("fidelio.data-dir", dataDir.toString());
        config.put("fidelio.music-dirs", TestFiles.sampleLibrary().toString());
        return config;
    }

    @Override
    public void stop() {
        try {
            database.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            TestFiles.deleteTree(dataDir);
        }
    }
}
