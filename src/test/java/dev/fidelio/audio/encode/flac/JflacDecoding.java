package dev.fidelio.audio.encode.flac;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jflac.ChannelData;
import org.jflac.FLACDecoder;
import org.jflac.frame.Frame;
import org.jflac.metadata.StreamInfo;

/**
 * Decodes FLAC bytes with JFLAC, an implementation independent of ours, frame by frame into interleaved samples at
 * their true bit depth (JFLAC's PCM output would turn 8-bit audio unsigned and skip depths between whole bytes).
 */
record JflacDecoding(StreamInfo streamInfo, int[] samples, long frames) {

    /**
     * JFLAC prints to standard output what it finds odd, such as every escaped Rice partition: our encoder must give
     * it nothing to say, or the server's own decoder would fill the log.
     */
    static JflacDecoding decode(byte[] flac) throws IOException {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        JflacDecoding decoded;
        try {
            decoded = decodeQuietly(flac);
        } finally {
            System.setOut(console);
        }
        if (printed.size() > 0) {
            throw new AssertionError("JFLAC complained: " + printed.toString(StandardCharsets.UTF_8).lines().findFirst().orElse(""));
        }
        return decoded;
    }

    private static JflacDecoding decodeQuietly(byte[] flac) throws IOException {
        FLACDecoder decoder = new FLACDecoder(new ByteArrayInputStream(flac));
        decoder.readMetadata();
        StreamInfo info = decoder.getStreamInfo();
        int channels = info.getChannels();
        int[] samples = new int[1024];
        long frames = 0;
        for (Frame frame = decoder.readNextFrame(); frame != null; frame = decoder.readNextFrame()) {
            int blockSize = frame.header.blockSize;
            ChannelData[] data = decoder.getChannelData();
            int needed = (int) (frames + blockSize) * channels;
            if (samples.length < needed) {
                samples = Arrays.copyOf(samples, Math.max(needed, samples.length * 2));
            }
            for (int i = 0; i < blockSize; i++) {
                for (int c = 0; c < channels; c++) {
                    samples[(int) (frames + i) * channels + c] = data[c].getOutput()[i];
                }
            }
            frames += blockSize;
        }
        if (decoder.getBadFrames() > 0) {
            throw new AssertionError(decoder.getBadFrames() + " bad frames");
        }
        return new JflacDecoding(info, Arrays.copyOf(samples, (int) frames * channels), frames);
    }
}
