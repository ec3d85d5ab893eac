package dev.fidelio.audio.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.analysis.ArraySource;
import dev.fidelio.audio.UnsupportedAudioException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

class LinearPcmEncoderTest {

    private final LinearPcmEncoder encoder = new LinearPcmEncoder();

    @Test
    void l16IsBigEndianSignedInterleaved() throws IOException {
        PcmFormat format = new PcmFormat(44_100, 16, 2);
        byte[] bytes = encode(new ArraySource(format, new int[] {1, -2, 0x1234, -32768}));

        assertThat(bytes).containsExactly(0x00, 0x01, 0xFF, 0xFE, 0x12, 0x34, 0x80, 0x00);
        assertThat(encoder.mediaType(format)).isEqualTo("audio/L16;rate=44100;channels=2");
        assertThat(encoder.encodedLength(format, 2)).isEqualTo(8);
        assertThat(encoder.describe(format)).isEqualTo("L16 16/44.1");
    }

    @Test
    void l24PacksThreeBytesASample() throws IOException {
        PcmFormat format = new PcmFormat(96_000, 24, 1);
        byte[] bytes = encode(new ArraySource(format, new int[] {0x123456, -1, -8_388_608}));

        assertThat(bytes).containsExactly(0x12, 0x34, 0x56, 0xFF, 0xFF, 0xFF, 0x80, 0x00, 0x00);
        assertThat(encoder.mediaType(format)).isEqualTo("audio/L24;rate=96000;channels=1");
        assertThat(encoder.encodedLength(format, 3)).isEqualTo(9);
    }

    @Test
    void theLengthIsExactEvenWhenTheSourceMisjudgesIt() throws IOException {
        PcmFormat format = new PcmFormat(48_000, 24, 2);
        int[] samples = Signals.NOISE.render(format, 100_000);

        assertThat(encode(ArraySource.announcing(format, samples, 4000, 120_000))).hasSize((int) encoder.encodedLength(format, 120_000));
        assertThat(encode(ArraySource.announcing(format, samples, 4000, 70_000))).hasSize((int) encoder.encodedLength(format, 70_000));
        assertThat(encode(new ArraySource(format, samples, 4000, false))).hasSize(600_000);
    }

    @Test
    void otherDepthsAreRefused() {
        PcmFormat format = new PcmFormat(44_100, 20, 2);
        assertThatThrownBy(() -> encoder.encode(new ArraySource(format, new int[4]), OutputStream.nullOutputStream()))
                .isInstanceOf(UnsupportedAudioException.class);
        assertThatThrownBy(() -> encoder.mediaType(format)).isInstanceOf(IllegalArgumentException.class);
    }

    private byte[] encode(ArraySource source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encoder.encode(source, out);
        return out.toByteArray();
    }
}
