package dev.fidelio.audio.decode;

import dev.fidelio.audio.io.RandomAccessInput;

import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.UnsupportedAudioException;
import dev.fidelio.audio.alac.AlacDecoder;
import dev.fidelio.audio.dsd.DsdToPcmDecoder;
import dev.fidelio.audio.wavpack.WavPackDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** Opens the right decoder for a file by its first bytes, whatever its name says. */
public final class Decoders {

    /** Opens a file of one format from {@code startFrame}. */
    @FunctionalInterface
    public interface Opener {
        PcmSource open(Path file, long startFrame) throws IOException;
    }

    /** Whether a file is of one format, from its first bytes and, where those cannot tell, the file itself. */
    @FunctionalInterface
    private interface Matcher {
        boolean matches(byte[] header, Path file) throws IOException;
    }

    private record Format(Matcher matcher, Opener opener) {
        Format(Predicate<byte[]> header, Opener opener) {
            this((h, file) -> header.test(h), opener);
        }
    }

    private static final int SNIFF_LENGTH = 16;

    /** Checked in order; the bytes are those after any leading ID3v2 tag. */
    private static final List<Format> FORMATS = List.of(
            new Format(h -> at(h, 0, "fLaC"), FlacDecoder::open),
            new Format(h -> (at(h, 0, "RIFF") || at(h, 0, "RF64") || at(h, 0, "BW64")) && at(h, 8, "WAVE"), WavDecoder::open),
            new Format(h -> at(h, 0, "FORM") && (at(h, 8, "AIFF") || at(h, 8, "AIFC")), AiffDecoder::open),
            new Format(h -> at(h, 0, "DSD "), DsdToPcmDecoder::open),
            new Format(h -> at(h, 0, "FRM8") && at(h, 12, "DSD "), DsdToPcmDecoder::open),
            new Format(WavPackDecoder::matches, WavPackDecoder::open),
            // MP4 holds ALAC or AAC alike: only its sample description tells them apart.
            new Format((h, file) -> at(h, 4, "ftyp") && AlacDecoder.matches(file), AlacDecoder::open));

    private Decoders() {
    }

    public static PcmSource open(Path file, long startFrame) throws IOException {
        byte[] header = new byte[SNIFF_LENGTH];
        try (RandomAccessInput input = RandomAccessInput.open(file)) {
            input.read(Id3v2.skip(input), header, 0, SNIFF_LENGTH);
        }
        for (Format format : FORMATS) {
            if (format.matcher().matches(header, file)) {
                return format.opener().open(file, startFrame);
            }
        }
        throw new UnsupportedAudioException(file.getFileName() + " is not a FLAC, WAV, AIFF, DSF, DFF, WavPack or ALAC file");
    }

    private static boolean at(byte[] header, int offset, String magic) {
        return new String(header, offset, 4, StandardCharsets.ISO_8859_1).equals(magic);
    }
}
