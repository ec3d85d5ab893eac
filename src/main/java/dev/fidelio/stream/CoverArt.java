package dev.fidelio.stream;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import dev.fidelio.index.probe.ExtractedPicture;
import dev.fidelio.index.probe.FileProbe;
import dev.fidelio.index.probe.UnreadableFileException;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.web.ApiException;

/**
 * The cover art of albums, artists and tracks, for every adapter: {@code /art/{id}}, Subsonic's getCoverArt, UPnP's
 * albumArtURI. Originals are sent as they are stored (a folder image's bytes, or the picture taken out of the audio
 * file); resized copies are made once and kept in {@link ArtCache}. Requests for a copy that is being made wait for
 * it instead of making it again, and at most {@value #SCALING_AT_ONCE} images are decoded at once, each bounded by
 * {@link CoverScaler}, so the heap needed stays fixed however many clients ask.
 */
@ApplicationScoped
public class CoverArt {

    /** The purpose of signed URLs for art ({@code users.SignedUrls}). */
    public static final String SIGNED_URL_PURPOSE = "art";
    /** Sizes asked for are brought into this range: smaller is useless, larger is rarely smaller than the original. */
    public static final int MIN_SIZE = 16;
    public static final int MAX_SIZE = 2048;
    private static final int SCALING_AT_ONCE = 2;
    private static final long SCALING_WAIT_SECONDS = 30;

    private final ArtSources sources;
    private final ArtCache cache;
    private final FileProbe probe = new FileProbe();
    private final Semaphore scaling = new Semaphore(SCALING_AT_ONCE);
    private final ConcurrentMap<String, CompletableFuture<Optional<CoverScaler.Scaled>>> beingScaled = new ConcurrentHashMap<>();

    CoverArt(ArtSources sources, ArtCache cache) {
        this.sources = sources;
        this.cache = cache;
    }

    /**
     * Where the art of {@code id} (an album, artist or track) is and its validators, without reading the image:
     * check {@link Cover#notModified} first, then read it with {@link Cover#image()}.
     *
     * @param visible the libraries the caller may see; items outside them are reported as unknown
     * @param size    the longest side wanted in pixels, brought into {@value #MIN_SIZE}..{@value #MAX_SIZE}; null
     *                for the original. Never enlarged: an image already that small is sent as it is.
     * @throws ApiException 404 for an unknown or invisible id, an item without art, or art that cannot be read now;
     *                      400 for a size below 1
     */
    public Cover find(UUID id, VisibleLibraries visible, Integer size) {
        if (size != null && size < 1) {
            throw ApiException.badRequest("The size is the longest side in pixels, from 1");
        }
        Integer target = size == null ? null : Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
        ArtSources.Found found = sources.find(id, visible);
        String what = found.kind() + " " + id;
        if (found.sources().isEmpty()) {
            throw ApiException.notFound("The " + what + " has no cover art");
        }
        List<Cover.Located> located = found.sources().stream()
                .flatMap(source -> LibraryFile.find(source.musicFolder(), source.relativePath())
                        .map(file -> new Cover.Located(source, file, target)).stream())
                .toList();
        if (located.isEmpty()) {
            throw unreadable(what);
        }
        return new Cover(what, located, this::load);
    }

    static ApiException unreadable(String what) {
        return ApiException.notFound("The cover art of the " + what + " cannot be read now: its music folder may be "
                + "offline, or the file is damaged or was changed, moved or deleted since the last scan");
    }

    /** The image at one place, or empty when it is not there after all (an audio file without a picture now). */
    private Optional<ArtImage> load(Cover.Located at, String what) {
        Integer target = at.target();
        if (target != null) {
            Optional<CoverScaler.Scaled> kept = cache.find(at.key());
            if (kept.isPresent()) {
                return Optional.of(at.image(kept.get().mimeType(), new ArtImage.InMemory(kept.get().data())));
            }
        }
        Optional<ArtImage> original = original(at);
        if (target == null || original.isEmpty()) {
            return original;
        }
        Optional<CoverScaler.Scaled> scaled = scaledOnce(at.key(), original.get().body(), target, what);
        return Optional.of(scaled.map(s -> at.image(s.mimeType(), new ArtImage.InMemory(s.data()))).orElse(original.get()));
    }

    private Optional<ArtImage> original(Cover.Located at) {
        LibraryFile file = at.file();
        if (at.source().kind() == ArtSource.Kind.FOLDER_IMAGE) {
            return Optional.of(at.image(mimeType(at.source().mimeType()), new ArtImage.OnDisk(file.path(), file.size())));
        }
        try {
            Optional<ExtractedPicture> cover = probe.cover(file.path());
            return cover.map(c -> at.image(mimeType(c.picture().mimeType()), new ArtImage.InMemory(c.data())));
        } catch (UnreadableFileException e) {
            return Optional.empty(); // changed since the scan into something unreadable: the next place may do
        }
    }

    private static String mimeType(String recorded) {
        return recorded == null || recorded.isBlank() ? "application/octet-stream" : recorded;
    }

    /** The resized image, made by one request while the others asking for it at the same time wait. */
    private Optional<CoverScaler.Scaled> scaledOnce(String key, ArtImage.Body original, int target, String what) {
        CompletableFuture<Optional<CoverScaler.Scaled>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<CoverScaler.Scaled>> running = beingScaled.putIfAbsent(key, mine);
        try {
            if (running != null) {
                return running.join();
            }
            try {
                Optional<CoverScaler.Scaled> scaled = scaled(original, target);
                scaled.ifPresent(image -> cache.keep(key, image));
                mine.complete(scaled);
                return scaled;
            } catch (CoverScaler.UnscalableImageException | RuntimeException e) {
                mine.completeExceptionally(e);
                throw e;
            } finally {
                beingScaled.remove(key, mine);
            }
        } catch (CoverScaler.UnscalableImageException e) {
            throw cannotResize(what, e);
        } catch (CompletionException e) {
            if (e.getCause() instanceof CoverScaler.UnscalableImageException unscalable) {
                throw cannotResize(what, unscalable);
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Optional<CoverScaler.Scaled> scaled(ArtImage.Body original, int target) throws CoverScaler.UnscalableImageException {
        boolean admitted = false;
        try {
            admitted = scaling.tryAcquire(SCALING_WAIT_SECONDS, TimeUnit.SECONDS);
            if (!admitted) {
                throw busy();
            }
            CoverScaler.Source source = original instanceof ArtImage.OnDisk file
                    ? () -> new FileImageInputStream(file.path().toFile())
                    : () -> new MemoryCacheImageInputStream(new ByteArrayInputStream(((ArtImage.InMemory) original).data()));
            return CoverScaler.scale(source, target);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            if (admitted) {
                scaling.release();
            }
        }
    }

    private static ApiException cannotResize(String what, CoverScaler.UnscalableImageException e) {
        return ApiException.unprocessable("The cover art of the " + what + " cannot be resized: " + e.getMessage()
                + ". Ask without a size for the original.");
    }

    private static ApiException busy() {
        return new ApiException(Response.Status.SERVICE_UNAVAILABLE, "busy", "Too many images are being resized; try again");
    }
}
