package dev.fidelio.audio.encode.flac;

import dev.fidelio.audio.PcmEncoder;
import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.UnsupportedAudioException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * FLAC, written frame by frame as the source delivers audio: fixed blocks of {@value #BLOCK_SIZE} frames, each channel
 * coded as the smallest of CONSTANT, VERBATIM, FIXED and LPC subframes, stereo decorrelated per frame.
 *
 * <p>A stream's header goes out before its audio is known, so its STREAMINFO says "unknown" for the MD5 and the frame
 * sizes, and takes the total from {@link PcmSource#remainingFrames()} (0, "unknown", when the source cannot tell).
 * {@link #encodeToFile} patches the real values in afterwards.
 */
public final class FlacEncoder implements PcmEncoder {

    public static final int BLOCK_SIZE = 4096;
    public static final String VENDOR = "Fidelio FLAC encoder";
    public static final int MIN_BITS = 4;
    /** Room for a tagger to add a little without rewriting the file. */
    private static final int PADDING_LENGTH = 1024;
    private static final int CHUNK_BYTES = 64 * 1024;
    private static final byte[] MAGIC = "fLaC".getBytes(StandardCharsets.US_ASCII);

    private final List<MetadataBlock> metadata;

    /** Writes a VORBIS_COMMENT naming this encoder and no tags. */
    public FlacEncoder() {
        this(List.of(MetadataBlock.vorbisComment(VENDOR, Map.of())));
    }

    /** Writes {@code metadata} between STREAMINFO and the closing PADDING. */
    public FlacEncoder(List<MetadataBlock> metadata) {
        this.metadata = List.copyOf(metadata);
    }

    @Override
    public String mediaType(PcmFormat format) {
        return "audio/flac";
    }

    @Override
    public long encodedLength(PcmFormat format, long frames) {
        return -1;
    }

    @Override
    public String describe(PcmFormat format) {
        return "FLAC " + format.shortForm();
    }

    @Override
    public void encode(PcmSource source, OutputStream out) throws IOException {
        encode(source, out, false);
    }

    /**
     * Encodes like {@link #encode(PcmSource, OutputStream)}, also computing the MD5, and returns the STREAMINFO the
     * header would have held had the audio been known: write its {@link StreamInfo#toBytes()} at
     * {@link StreamInfo#FILE_OFFSET} when the output can be rewritten.
     */
    public StreamInfo encodeForPatching(PcmSource source, OutputStream out) throws IOException {
        return encode(source, out, true);
    }

    /**
     * Encodes to a file (created or replaced) with a complete STREAMINFO: MD5, total samples and frame sizes. After an
     * exception the file is incomplete; the caller deletes it.
     */
    public void encodeToFile(PcmSource source, Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            StreamInfo info = encodeForPatching(source, Channels.newOutputStream(channel));
            ByteBuffer patch = ByteBuffer.wrap(info.toBytes());
            for (long at = StreamInfo.FILE_OFFSET; patch.hasRemaining(); ) {
                at += channel.write(patch, at);
            }
        }
    }

    private StreamInfo encode(PcmSource source, OutputStream out, boolean withMd5) throws IOException {
        PcmFormat format = source.format();
        requireEncodable(format);
        BitWriter writer = new BitWriter(CHUNK_BYTES + BLOCK_SIZE * format.channels() * 5);
        writeHeader(writer, format, Math.max(0, source.remainingFrames()));
        BlockReader reader = new BlockReader(source, BLOCK_SIZE);
        FrameEncoder frames = new FrameEncoder(format, BLOCK_SIZE);
        AudioMd5 md5 = withMd5 ? new AudioMd5(format) : null;
        int[] block = new int[BLOCK_SIZE * format.channels()];
        long total = 0;
        int minFrame = Integer.MAX_VALUE;
        int maxFrame = 0;
        for (long number = 0; ; number++) {
            int count = reader.fill(block);
            if (count == 0) {
                break;
            }
            if (md5 != null) {
                md5.update(block, count * format.channels());
            }
            writer.flush();
            int start = writer.length();
            frames.encode(block, count, number, writer);
            writer.flush();
            int size = writer.length() - start;
            minFrame = Math.min(minFrame, size);
            maxFrame = Math.max(maxFrame, size);
            total += count;
            if (writer.length() >= CHUNK_BYTES) {
                writer.drainTo(out);
            }
            if (count < BLOCK_SIZE) {
                break;
            }
        }
        writer.drainTo(out);
        out.flush();
        return streamInfo(format, total == 0 ? 0 : minFrame, maxFrame, total, md5 == null ? new byte[16] : md5.digest());
    }

    private void writeHeader(BitWriter writer, PcmFormat format, long promisedFrames) {
        writer.writeBytes(MAGIC);
        StreamInfo unknown = streamInfo(format, 0, 0, promisedFrames, new byte[16]);
        writer.writeBytes(new MetadataBlock(MetadataBlock.STREAMINFO, unknown.toBytes()).toBytes(false));
        for (MetadataBlock block : metadata) {
            writer.writeBytes(block.toBytes(false));
        }
        writer.writeBytes(MetadataBlock.padding(PADDING_LENGTH).toBytes(true));
    }

    private static StreamInfo streamInfo(PcmFormat format, int minFrame, int maxFrame, long total, byte[] md5) {
        return new StreamInfo(BLOCK_SIZE, BLOCK_SIZE, minFrame, maxFrame, format.sampleRate(), format.channels(),
                format.bitsPerSample(), total, md5);
    }

    private static void requireEncodable(PcmFormat format) throws UnsupportedAudioException {
        if (format.bitsPerSample() < MIN_BITS) {
            throw new UnsupportedAudioException("FLAC needs at least " + MIN_BITS + " bits per sample, not "
                    + format.bitsPerSample());
        }
        if (format.sampleRate() > StreamInfo.MAX_SAMPLE_RATE) {
            throw new UnsupportedAudioException("FLAC cannot store a sample rate of " + format.sampleRate() + " Hz");
        }
    }
}
