package dev.fidelio.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every form of Range header (RFC 9110 §14.1.2) against a 10,000-byte file. */
class ByteRangeTest {

    private static final long SIZE = 10_000;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bytes=0-0           | 0    | 0",
        "bytes=0-99          | 0    | 99",
        "bytes=100-          | 100  | 9999",
        "bytes=9999-         | 9999 | 9999",
        "bytes=9000-20000    | 9000 | 9999",
        "bytes=-1000         | 9000 | 9999",
        "bytes=-1            | 9999 | 9999",
        "bytes=-20000        | 0    | 9999",
        "BYTES=5-9           | 5    | 9",
        "bytes= 5 - 9        | 5    | 9",
    })
    void satisfiableRangesAreServedClippedToTheFile(String header, long first, long last) {
        assertThat(ByteRange.parse(header, SIZE)).isEqualTo(new ByteRange.Part(new ByteRange(first, last)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=10000-", "bytes=10000-10005", "bytes=-0", "bytes=99999999999-"})
    void rangesOutsideTheFileAreUnsatisfiable(String header) {
        assertThat(ByteRange.parse(header, SIZE)).isInstanceOf(ByteRange.Unsatisfiable.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "bytes=", "bytes=-", "bytes=abc", "bytes=5-x", "bytes=x-5", "bytes=9-5", "items=0-5",
        "bytes=0-1,5-9", "bytes=+5-9", "bytes=5", "bytes=99999999999999999999-", "bytes=-5-9", "0-5", "bytes = 5-9"})
    void anythingElseGetsTheWholeFile(String header) {
        assertThat(ByteRange.parse(header, SIZE)).isInstanceOf(ByteRange.Whole.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=0-", "bytes=-5"})
    void anEmptyFileHasNoRanges(String header) {
        assertThat(ByteRange.parse(header, 0)).isInstanceOf(ByteRange.Unsatisfiable.class);
    }

    @org.junit.jupiter.api.Test
    void contentRangeNamesTheRangeAndTheSize() {
        assertThat(new ByteRange(9000, 9999).contentRange(SIZE)).isEqualTo("bytes 9000-9999/10000");
        assertThat(new ByteRange(9000, 9999).length()).isEqualTo(1000);
    }
}
