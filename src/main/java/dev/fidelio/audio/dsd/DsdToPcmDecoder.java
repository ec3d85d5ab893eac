package dev.fidelio.audio.dsd;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.PositionedPcmSource;
import dev.fidelio.audio.io.CloseOnFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * DSF or DFF decoded to 24-bit PCM at 176.4 kHz whatever the DSD rate (DSD64 ÷ 16, DSD128 ÷ 32, …) through
 * {@link DecimationFilterDesign}'s two stages. Gain: DSD at 100 % modulation is PCM full scale, so SACD's 0 dB
 * reference (50 % modulation) comes out at −6.02 dBFS and its permitted +3 dB peaks still fit; the rare filter
 * overshoot beyond full scale is clamped. The filter delay is removed: frame {@code k} is centred on DSD bit 16·k·m−1.
 */
public final class DsdToPcmDecoder extends PositionedPcmSource {

    static final int OUTPUT_RATE = 176_400;
    private static final int CHUNK_FRAMES = 1024;

    private final DsdStream stream;
    private final DecimationFilterDesign design;
    private final DsdDecimator[] decimators;
    private final int bytesPerFrame;
    private final byte[][] bytes;
    private final int[] symbols;
    private long bytePosition;

    private DsdToPcmDecoder(DsdStream stream, DecimationFilterDesign design, long startFrame) throws IOException {
        super(new PcmFormat(OUTPUT_RATE, 24, stream.channels()),
                stream.bytesPerChannel() / (2 * design.bytesPerStage1Output()), startFrame);
        this.stream = stream;
        this.design = design;
        this.bytesPerFrame = 2 * design.bytesPerStage1Output();
        this.bytes = new byte[stream.channels()][CHUNK_FRAMES * bytesPerFrame];
        this.symbols = new int[CHUNK_FRAMES * bytesPerFrame];
        // Start early enough that both filters' windows for the first wanted sample hold real history.
        long internalFrame = startFrame + DecimationFilterDesign.DELAY_FRAMES;
        long firstStage1 = Math.max(0, 2 * internalFrame - (DecimationFilterDesign.STAGE2_TAPS - 1));
        long firstByte = Math.max(0, firstStage1 * design.bytesPerStage1Output() - design.stage1.length);
        this.decimators = new DsdDecimator[stream.channels()];
        for (int c = 0; c < decimators.length; c++) {
            decimators[c] = new DsdDecimator(design, firstByte);
        }
        this.bytePosition = firstByte;
        long primeEnd = internalFrame * bytesPerFrame;
        while (bytePosition < primeEnd) {
            pushChunk((int) Math.min(bytes[0].length, primeEnd - bytePosition), null);
        }
    }

    public static PcmSource open(Path file, long startFrame) throws IOException {
        return CloseOnFailure.apply(DsdStreams.open(file), stream -> new DsdToPcmDecoder(stream,
                DecimationFilterDesign.forMultiple(stream.dsdRate() / DsdStream.BASE_RATE), startFrame));
    }

    @Override
    protected int readFrames(int[] buffer, int maxFrames) throws IOException {
        return pushChunk(Math.min(maxFrames, CHUNK_FRAMES) * bytesPerFrame, buffer);
    }

    /** Feeds the next {@code length} bytes of every channel (silence past the end) to the filters. */
    private int pushChunk(int length, int[] out) throws IOException {
        int available = stream.read(bytePosition, bytes, length);
        int produced = 0;
        for (int c = 0; c < decimators.length; c++) {
            byte[] channel = bytes[c];
            for (int i = 0; i < length; i++) {
                symbols[i] = i < available ? channel[i] & 0xFF : DecimationFilterDesign.SILENCE;
            }
            produced = decimators[c].push(symbols, length, out, c, decimators.length);
        }
        bytePosition += length;
        return produced;
    }

    @Override
    public List<String> signalPath() {
        return List.of(stream.describe() + " → PCM " + format().shortForm() + " (decimation filter)");
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
