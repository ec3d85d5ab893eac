package dev.fidelio.testmusic;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.encode.flac.FlacEncoder;
import dev.fidelio.audio.encode.flac.MetadataBlock;
import dev.fidelio.audio.encode.flac.StreamInfo;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the library's FLAC files with the server's own {@link FlacEncoder}: STREAMINFO (with the MD5 of the
 * unencoded audio), VORBIS_COMMENT, an optional front-cover PICTURE and PADDING, then the frames.
 */
public final class FlacWriter {

    public static final int BLOCK_SIZE = FlacEncoder.BLOCK_SIZE;
    public static final String VENDOR = "Fidelio sample library generator 1";
    static final int STREAMINFO_LENGTH = StreamInfo.LENGTH;
    private static final int FRONT_COVER = 3;

    private FlacWriter() {
    }

    /** Encodes {@code pcm} with {@code tags} as Vorbis comments (keys as given, values in order) and an optional cover. */
    public static byte[] write(Pcm pcm, Map<String, List<String>> tags, EncodedImage cover) {
        if (pcm.frames() == 0) {
            throw new IllegalArgumentException("No samples to encode");
        }
        List<MetadataBlock> metadata = new ArrayList<>();
        metadata.add(MetadataBlock.vorbisComment(VENDOR, tags));
        if (cover != null) {
            metadata.add(new MetadataBlock(MetadataBlock.PICTURE, picture(cover)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            StreamInfo info = new FlacEncoder(metadata).encodeForPatching(new PlanarSource(pcm), out);
            byte[] file = out.toByteArray();
            System.arraycopy(info.toBytes(), 0, file, StreamInfo.FILE_OFFSET, StreamInfo.LENGTH);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] picture(EncodedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            byte[] mime = image.mimeType().getBytes(StandardCharsets.US_ASCII);
            out.writeInt(FRONT_COVER);
            out.writeInt(mime.length);
            out.write(mime);
            out.writeInt(0); // no description
            out.writeInt(image.width());
            out.writeInt(image.height());
            out.writeInt(image.colorDepth());
            out.writeInt(0); // not an indexed-colour image
            out.writeInt(image.data().length);
            out.write(image.data());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The generator keeps channels apart; the encoder pulls interleaved frames. */
    private static final class PlanarSource implements PcmSource {
        private final Pcm pcm;
        private int position;

        PlanarSource(Pcm pcm) {
            this.pcm = pcm;
        }

        @Override
        public PcmFormat format() {
            return new PcmFormat(pcm.sampleRate(), pcm.bitsPerSample(), pcm.channels());
        }

        @Override
        public long remainingFrames() {
            return pcm.frames() - position;
        }

        @Override
        public int read(int[] buffer, int maxFrames) {
            int frames = Math.min(maxFrames, pcm.frames() - position);
            if (frames <= 0) {
                return -1;
            }
            int[][] channels = pcm.samples();
            for (int i = 0, at = 0; i < frames; i++) {
                for (int[] channel : channels) {
                    buffer[at++] = channel[position + i];
                }
            }
            position += frames;
            return frames;
        }

        @Override
        public List<String> signalPath() {
            return List.of("sample library " + format().shortForm());
        }

        @Override
        public void close() {
        }
    }
}
