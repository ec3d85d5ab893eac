package dev.fidelio.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class HomePathConverterTest {

    private final HomePathConverter converter = new HomePathConverter();

    @Test
    void expandsTheHomeFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        assertThat(converter.convert("~/Music")).isEqualTo(home.resolve("Music").normalize());
        assertThat(converter.convert(" ~ ")).isEqualTo(home.normalize());
    }

    @Test
    void leavesOtherPathsAloneButNormalizesThem() {
        assertThat(converter.convert("/srv/music/../flac/")).isEqualTo(Path.of("/srv/flac"));
        assertThat(converter.convert("/srv/~user")).isEqualTo(Path.of("/srv/~user"));
    }

    @Test
    void blankIsNoValue() {
        assertThat(converter.convert("  ")).isNull();
    }
}
