package dev.fidelio.index.probe;

import dev.fidelio.library.AudioFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;

/** Checks shared by the probe tests. */
final class ProbeAssertions {

    private ProbeAssertions() {
    }

    static void assertAudio(AudioProperties audio, AudioFormat format, String codec, int sampleRate, int bits,
            int channels, long samples, double seconds) {
        assertThat(audio.format()).isEqualTo(format);
        assertThat(audio.codec()).isEqualTo(codec);
        assertThat(audio.sampleRate()).isEqualTo(sampleRate);
        assertThat(audio.bitsPerSample()).isEqualTo(bits);
        assertThat(audio.channels()).isEqualTo(channels);
        assertThat(audio.totalSamples()).isEqualTo(samples);
        assertThat(audio.durationSeconds()).isCloseTo(seconds, within(1e-6));
    }

    /** The picture is described as expected, and its offset and length hold exactly the embedded image. */
    static void assertPicture(Path file, List<EmbeddedPicture> pictures, int type, String mime, int width, int height,
            byte[] image) throws IOException {
        assertThat(pictures).hasSize(1);
        EmbeddedPicture picture = pictures.get(0);
        assertThat(picture).isEqualTo(new EmbeddedPicture(type, mime, width, height, picture.offset(), image.length));
        assertThat(readAt(file, picture.offset(), picture.length())).isEqualTo(image);
    }

    /** Bytes at an offset of a file, as a reader of an embedded picture would fetch them. */
    static byte[] readAt(Path file, long offset, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) > 0) {
                // until full
            }
            return buffer.array();
        }
    }
}
