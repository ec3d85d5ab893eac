package dev.fidelio.stream;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.fidelio.audio.encode.flac.FlacEncoder;
import dev.fidelio.audio.encode.flac.StreamInfo;
import dev.fidelio.boot.FidelioConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Finished conversions kept on disk under {@code FIDELIO_DATA_DIR/cache/conversions}, so that asking again costs no
 * work and gets what a stream being made cannot have: a length, ranges, and for FLAC the MD5 in STREAMINFO. Each
 * entry is {@code <key>.audio} and {@code <key>.meta} (media type and signal path); the meta file is
 * written last, so an entry without it is incomplete. The least recently used entries go when the cache is full.
 */
@ApplicationScoped
public class ConversionCache {

    private static final Logger LOG = Logger.getLogger(ConversionCache.class);
    private static final String AUDIO = ".audio";
    private static final String META = ".meta";

    private final CacheFolder folder;
    private final Path dir;
    private final double headroomDb;

    ConversionCache(FidelioConfig config) {
        this.folder = new CacheFolder(config.dataDir().resolve("cache").resolve("conversions"), config.stream().cacheMaxBytes());
        this.dir = folder.dir();
        this.headroomDb = config.stream().resamplerHeadroomDb();
    }

    void clearPartials(@Observes StartupEvent event) throws IOException {
        folder.clearPartials();
    }

    /**
     * The cache key of a conversion of this file as it is now, or empty when it is not kept: the cache is off, or the
     * conversion starts part-way through the track.
     */
    public Optional<String> key(OriginalFile file, ConversionRequest request) {
        if (!folder.keeps() || request.offsetSeconds() > 0) {
            return Optional.empty();
        }
        String identity = String.join("\n", file.trackId().toString(), Long.toString(file.size()),
                Long.toString(file.modified().toEpochMilli()), request.format().name(), String.valueOf(request.rate()),
                String.valueOf(request.bits()), String.valueOf(request.channels()), String.valueOf(request.replayGain()),
                Boolean.toString(request.dop()), Double.toString(headroomDb));
        return Optional.of(CacheFolder.key(identity));
    }

    /** The finished conversion under {@code key}, if there is one; finding it counts as a use. */
    public Optional<ServedFile> find(String key) {
        Path audio = dir.resolve(key + AUDIO);
        Path meta = dir.resolve(key + META);
        try {
            List<String> lines = Files.readAllLines(meta, StandardCharsets.UTF_8);
            if (lines.size() < 2) {
                return Optional.empty();
            }
            CacheFolder.markUsed(meta);
            return Optional.of(new ServedFile(audio, Files.size(audio), Files.getLastModifiedTime(audio).toInstant(),
                    "\"" + key.substring(0, 32) + "\"", lines.get(0), lines.get(1), DlnaHeaders.conversion(true)));
        } catch (IOException e) {
            return Optional.empty(); // not there, or being replaced: convert again
        }
    }

    /**
     * Encodes the conversion to {@code client} and, as it goes, to a new cache entry, which is kept only if the whole
     * conversion reached the client. A full disk costs the entry, never the stream.
     */
    public void encodeAndKeep(Conversion conversion, String key, OutputStream client) throws IOException {
        Path partial = folder.newPartial(key);
        try (TeeOutputStream tee = new TeeOutputStream(client, Files.newOutputStream(partial))) {
            StreamInfo streamInfo = conversion.encoder() instanceof FlacEncoder flac
                    ? flac.encodeForPatching(conversion.chain(), tee) : null;
            if (streamInfo == null) {
                conversion.encoder().encode(conversion.chain(), tee);
            }
            tee.closeCopy();
            if (tee.copyIntact()) {
                if (streamInfo != null) {
                    patch(partial, StreamInfo.FILE_OFFSET, streamInfo.toBytes());
                }
                commit(key, partial, conversion);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Makes the whole conversion into the cache before anything is sent, for a client that wants its exact length
     * first; empty when it could not be kept (a full disk).
     */
    Optional<ServedFile> makeWhole(Conversion conversion, String key) throws IOException {
        try (var chain = conversion.chain()) {
            encodeAndKeep(conversion, key, OutputStream.nullOutputStream());
        }
        return find(key);
    }

    private static void patch(Path file, long offset, byte[] bytes) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(bytes), offset);
        }
    }

    private void commit(String key, Path partial, Conversion conversion) {
        try {
            folder.commit(partial, dir.resolve(key + AUDIO));
            Files.writeString(dir.resolve(key + META), conversion.mediaType() + "\n" + conversion.signalPath() + "\n",
                    StandardCharsets.UTF_8);
            folder.trim("*" + AUDIO, audio -> {
                String name = audio.getFileName().toString();
                return dir.resolve(name.substring(0, name.length() - AUDIO.length()) + META);
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("Cannot keep a finished conversion in %s: %s", dir, e.getMessage());
        }
    }
}
