package dev.fidelio.audio.dsd;

import dev.fidelio.audio.UnsupportedAudioException;
import dev.fidelio.audio.io.CloseOnFailure;
import dev.fidelio.audio.io.RandomAccessInput;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a DSF or DFF file by its magic bytes. */
final class DsdStreams {

    /** DSD64 to DSD512: the filter design and the DoP rate both assume the 44.1 kHz family. */
    private static final int MAX_MULTIPLE = 8;

    private DsdStreams() {
    }

    static DsdStream open(Path file) throws IOException {
        return CloseOnFailure.apply(RandomAccessInput.open(file), input -> {
            byte[] magic = new byte[4];
            input.read(0, magic, 0, 4);
            String id = new String(magic, java.nio.charset.StandardCharsets.ISO_8859_1);
            return switch (id) {
                case "DSD " -> DsfStream.open(input);
                case "FRM8" -> DffStream.open(input);
                default -> throw new UnsupportedAudioException(file.getFileName() + " is neither a DSF nor a DFF file");
            };
        });
    }

    /** Rejects rates outside DSD64…DSD512 of the 44.1 kHz family, naming the file. */
    static void checkRate(Path file, long rate) throws IOException {
        long multiple = rate / DsdStream.BASE_RATE;
        if (rate <= 0 || rate % DsdStream.BASE_RATE != 0 || multiple > MAX_MULTIPLE || Long.bitCount(multiple) != 1) {
            throw new UnsupportedAudioException(file.getFileName() + ": DSD rate " + rate
                    + " Hz is not supported (DSD64, 128, 256 or 512 of the 44.1 kHz family are)");
        }
    }

    static void checkChannels(Path file, long channels) throws IOException {
        if (channels < 1 || channels > 8) {
            throw new UnsupportedAudioException(file.getFileName() + ": " + channels + " DSD channels (1 to 8 are supported)");
        }
    }
}
