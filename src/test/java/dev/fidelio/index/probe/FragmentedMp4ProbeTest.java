package dev.fidelio.index.probe;

import dev.fidelio.library.AudioFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fidelio.testsupport.ExternalTool;

/** Fragmented MP4 as ffmpeg writes it for streaming: an empty movie header, then fragments of samples. */
class FragmentedMp4ProbeTest {

    private final FileProbe probe = new FileProbe();

    @TempDir
    Path dir;

    @Test
    void alacFragmentsGiveTheExactLength() throws Exception {
        Path file = encode("alac.m4a", "-c:a", "alac", "-sample_fmt", "s16p");
        ProbedFile probed = probe.probe(file);
        assertThat(probed.audio().format()).isEqualTo(AudioFormat.ALAC);
        assertThat(probed.audio().totalSamples()).isEqualTo(44_100 * 3 + 123);
        assertThat(probed.tags().asMap()).containsKey("©nam");
    }

    @Test
    void aacFragmentsGiveTheDuration() throws Exception {
        Path file = encode("aac.m4a", "-c:a", "aac", "-b:a", "64k");
        ProbedFile probed = probe.probe(file);
        assertThat(probed.audio().format()).isEqualTo(AudioFormat.AAC);
        // AAC adds priming and padding frames of 1024 samples; fragments have no edit list to hide them.
        assertThat(probed.audio().durationSeconds()).isCloseTo(3.003, within(0.05));
    }

    private Path encode(String name, String... codec) throws Exception {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("-v", "error", "-f", "lavfi", "-i",
                "sine=frequency=440:sample_rate=44100", "-af", "atrim=end_sample=" + (44_100 * 3 + 123)));
        args.addAll(List.of(codec));
        args.addAll(List.of("-metadata", "title=Fragments", "-movflags", "frag_keyframe+empty_moov", "-frag_duration",
                "500000", out.toString()));
        ExternalTool.require("ffmpeg").run(args.toArray(String[]::new));
        return out;
    }
}
