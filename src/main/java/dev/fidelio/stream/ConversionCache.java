package dev.fidelio.stream;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
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
    private static final String PARTIAL = ".partial";

    private final Path dir;
    private final long maxBytes;
    private final double headroomDb;

    ConversionCache(FidelioConfig config) {
        this.dir = config.dataDir().resolve("cache").resolve("conversions");
        this.maxBytes = config.stream().cacheMaxBytes();
        this.headroomDb = config.stream().resamplerHeadroomDb();
    }

    /** Conversions a stopped server left half-written are of no use. */
    void clearPartials(@Observes StartupEvent event) throws IOException {
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> partials = Files.newDirectoryStream(dir, "*" + PARTIAL)) {
                for (Path partial : partials) {
                    Files.deleteIfExists(partial);
                }
            }
        }
    }

    /**
     * The cache key of a conversion of this file as it is now, or empty when it is not kept: the cache is off, or the
     * conversion starts part-way through the track.
     */
    public Optional<String> key(OriginalFile file, ConversionRequest request) {
        if (maxBytes <= 0 || request.offsetSeconds() > 0) {
            return Optional.empty();
        }
        String identity = String.join("\n", file.trackId().toString(), Long.toString(file.size()),
                Long.toString(file.modified().toEpochMilli()), request.format().name(), String.valueOf(request.rate()),
                String.valueOf(request.bits()), String.valueOf(request.channels()), String.valueOf(request.replayGain()),
                Boolean.toString(request.dop()), Double.toString(headroomDb));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return Optional.of(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
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
            Files.setLastModifiedTime(meta, FileTime.from(Instant.now()));
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
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, key, PARTIAL);
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

    private static void patch(Path file, long offset, byte[] bytes) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(bytes), offset);
        }
    }

    private void commit(String key, Path partial, Conversion conversion) {
        try {
            Files.move(partial, dir.resolve(key + AUDIO), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(dir.resolve(key + META), conversion.mediaType() + "\n" + conversion.signalPath() + "\n",
                    StandardCharsets.UTF_8);
            evict();
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("Cannot keep a finished conversion in %s: %s", dir, e.getMessage());
        }
    }

    /** Oldest use first, until the entries fit the limit. */
    private synchronized void evict() throws IOException {
        record Entry(Path audio, Path meta, long size, FileTime used) {
        }
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        try (DirectoryStream<Path> audios = Files.newDirectoryStream(dir, "*" + AUDIO)) {
            for (Path audio : audios) {
                String name = audio.getFileName().toString();
                Path meta = dir.resolve(name.substring(0, name.length() - AUDIO.length()) + META);
                long size = Files.size(audio);
                FileTime used = Files.exists(meta) ? Files.getLastModifiedTime(meta) : FileTime.fromMillis(0);
                entries.add(new Entry(audio, meta, size, used));
                total += size;
            }
        }
        entries.sort(Comparator.comparing(Entry::used));
        for (int i = 0; total > maxBytes && i < entries.size(); i++) {
            Files.deleteIfExists(entries.get(i).meta());
            Files.deleteIfExists(entries.get(i).audio());
            total -= entries.get(i).size();
        }
    }
}
