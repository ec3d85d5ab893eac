package dev.fidelio.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size limit of a cache folder: least recently used entries go first, partial ones never count. */
class CacheFolderTest {

    @TempDir
    Path dir;

    @Test
    void theLeastRecentlyUsedEntriesGoUntilTheRestFit() throws IOException {
        CacheFolder folder = new CacheFolder(dir, 250);
        Path a = entry(folder, "a", 1000);
        Path b = entry(folder, "b", 2000);
        Path c = entry(folder, "c", 3000);
        CacheFolder.markUsed(a); // a was written first but used last

        folder.trim("*.jpg", entry -> entry);

        assertThat(a).exists();
        assertThat(b).doesNotExist();
        assertThat(c).exists();
    }

    @Test
    void anEntryCanKeepItsLastUseInACompanionFile() throws IOException {
        CacheFolder folder = new CacheFolder(dir, 150);
        Path old = entry(folder, "old", 1000);
        Path fresh = entry(folder, "fresh", 2000);
        Path oldMarker = Files.writeString(dir.resolve("old.meta"), "");
        Files.setLastModifiedTime(oldMarker, FileTime.from(Instant.now()));
        Files.setLastModifiedTime(Files.writeString(dir.resolve("fresh.meta"), ""), FileTime.fromMillis(5000));

        folder.trim("*.jpg", entry -> dir.resolve(entry.getFileName().toString().replace(".jpg", ".meta")));

        assertThat(old).exists();
        assertThat(oldMarker).exists();
        assertThat(fresh).doesNotExist();
        assertThat(dir.resolve("fresh.meta")).doesNotExist();
    }

    @Test
    void partialEntriesAreNotEntriesAndGoAtStart() throws IOException {
        CacheFolder folder = new CacheFolder(dir, 1000);
        Path partial = folder.newPartial("key");
        Files.write(partial, new byte[5000]);

        folder.trim("*.jpg", entry -> entry);
        assertThat(partial).exists();

        folder.clearPartials();
        assertThat(partial).doesNotExist();
    }

    @Test
    void aLimitOfZeroKeepsNothing() {
        assertThat(new CacheFolder(dir, 0).keeps()).isFalse();
        assertThat(new CacheFolder(dir, 1).keeps()).isTrue();
    }

    /** A whole entry of 100 bytes, committed as the caches do, last used at {@code usedMillis}. */
    private Path entry(CacheFolder folder, String name, long usedMillis) throws IOException {
        Path partial = folder.newPartial(name);
        Files.write(partial, new byte[100]);
        Path entry = dir.resolve(name + ".jpg");
        folder.commit(partial, entry);
        Files.setLastModifiedTime(entry, FileTime.fromMillis(usedMillis));
        return entry;
    }
}
