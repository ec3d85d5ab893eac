package dev.fidelio.bench.audio;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PositionedPcmSource;
import java.util.List;
import java.util.SplittableRandom;

/**
 * White noise for the benchmarks: no input is cheaper to convert than noise, and none compresses worse. It comes from
 * a table so that producing it costs next to nothing beside the stage being timed.
 */
public final class NoiseSource extends PositionedPcmSource {

    /** Full-range random words; each format keeps the top bits it needs. */
    private static final int[] TABLE = noise();

    private final int shift;
    private int next;

    /**
     * @param headroomBits how far below full scale the peaks stay, in bits of 6 dB each (1 is −6 dBFS)
     */
    public NoiseSource(PcmFormat format, int seconds, int headroomBits) {
        super(format, (long) format.sampleRate() * seconds, 0);
        this.shift = Integer.SIZE - format.bitsPerSample() + headroomBits;
    }

    private static int[] noise() {
        SplittableRandom random = new SplittableRandom(1);
        int[] table = new int[1 << 16];
        for (int i = 0; i < table.length; i++) {
            table[i] = random.nextInt();
        }
        return table;
    }

    @Override
    protected int readFrames(int[] buffer, int maxFrames) {
        int samples = maxFrames * format().channels();
        for (int i = 0; i < samples; i++) {
            buffer[i] = TABLE[next++ & (TABLE.length - 1)] >> shift;
        }
        return maxFrames;
    }

    @Override
    public List<String> signalPath() {
        return List.of("noise " + format().shortForm());
    }

    @Override
    public void close() {
    }
}
