package dev.fidelio.stream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.fidelio.boot.FidelioConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Resized cover art kept under {@code FIDELIO_DATA_DIR/cache/art} as {@code <key>.jpg} or {@code <key>.png}, the
 * least recently used going first when the cache is full. Entries are small, so a hit is read whole: an entry
 * evicted while it is being sent cannot cut a response short.
 */
@ApplicationScoped
class ArtCache {

    private static final Logger LOG = Logger.getLogger(ArtCache.class);
    private static final String JPEG = ".jpg";
    private static final String PNG = ".png";

    private final CacheFolder folder;

    ArtCache(FidelioConfig config) {
        this.folder = new CacheFolder(config.dataDir().resolve("cache").resolve("art"), config.stream().artCacheMaxBytes());
    }

    void clearPartials(@Observes StartupEvent event) throws IOException {
        folder.clearPartials();
    }

    /** The image kept under {@code key}, if there is one; finding it counts as a use. */
    Optional<CoverScaler.Scaled> find(String key) {
        for (String extension : new String[] {JPEG, PNG}) {
            Path entry = folder.dir().resolve(key + extension);
            try {
                byte[] data = Files.readAllBytes(entry);
                CacheFolder.markUsed(entry);
                return Optional.of(new CoverScaler.Scaled(data, extension.equals(JPEG) ? "image/jpeg" : "image/png"));
            } catch (IOException e) {
                // not kept, or evicted just now
            }
        }
        return Optional.empty();
    }

    /** Keeps an image under {@code key}; a full disk costs the entry, never the response. */
    void keep(String key, CoverScaler.Scaled image) {
        if (!folder.keeps()) {
            return;
        }
        try {
            Path partial = folder.newPartial(key);
            try {
                Files.write(partial, image.data());
                folder.commit(partial, folder.dir().resolve(key + (image.mimeType().equals("image/png") ? PNG : JPEG)));
                folder.trim("*.{jpg,png}", entry -> entry);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            LOG.warnf("Cannot keep resized cover art in %s: %s", folder.dir(), e.getMessage());
        }
    }
}
