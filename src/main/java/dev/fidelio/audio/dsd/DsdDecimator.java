package dev.fidelio.audio.dsd;

/**
 * One channel's decimation state: the last bytes of DSD for stage 1 and the last stage-1 outputs for stage 2, each in
 * a ring stored twice over so a filter window is one contiguous run. Outputs are numbered from the start of the file
 * (the phase of both decimations follows the absolute byte index), so a decoder that starts mid-file with enough
 * history produces exactly the samples a decoder from the start would.
 */
final class DsdDecimator {

    private static final double FULL_SCALE_24 = 1 << 23;

    private final DecimationFilterDesign design;
    private final int groups;
    private final int[] bytes;
    private final double[] stage1Outputs;
    private int bytePosition;
    private int stage1Position;
    private long bytesPushed;

    /** Starts at byte {@code firstByte} of the channel with silence as history. */
    DsdDecimator(DecimationFilterDesign design, long firstByte) {
        this.design = design;
        this.groups = design.stage1.length;
        this.bytes = new int[2 * groups];
        java.util.Arrays.fill(bytes, DecimationFilterDesign.SILENCE);
        this.stage1Outputs = new double[2 * design.stage2.length];
        this.bytesPushed = firstByte;
    }

    /**
     * Pushes {@code count} symbols (DSD bytes 0–255, or {@link DecimationFilterDesign#SILENCE}) and writes each PCM
     * sample completed, as a 24-bit integer, to {@code out[offset + i·stride]}; with {@code out} null they are dropped.
     *
     * @return the number of PCM samples completed
     */
    int push(int[] symbols, int count, int[] out, int offset, int stride) {
        int produced = 0;
        int perOutput = design.bytesPerStage1Output();
        for (int i = 0; i < count; i++) {
            bytePosition = bytePosition + 1 == groups ? 0 : bytePosition + 1;
            bytes[bytePosition] = symbols[i];
            bytes[bytePosition + groups] = symbols[i];
            bytesPushed++;
            if (bytesPushed % perOutput == 0 && pushStage1(stage1(), bytesPushed / perOutput - 1)) {
                if (out != null) {
                    out[offset + produced * stride] = toPcm(stage2());
                }
                produced++;
            }
        }
        return produced;
    }

    private double stage1() {
        double[][] tables = design.stage1;
        int newest = bytePosition + groups;
        double sum = 0;
        for (int g = 0; g < groups; g++) {
            sum += tables[g][bytes[newest - g]];
        }
        return sum;
    }

    /** Stores stage-1 output number {@code index}; true when it completes a stage-2 output (every odd index). */
    private boolean pushStage1(double value, long index) {
        int length = design.stage2.length;
        stage1Position = stage1Position + 1 == length ? 0 : stage1Position + 1;
        stage1Outputs[stage1Position] = value;
        stage1Outputs[stage1Position + length] = value;
        return (index & 1) == 1;
    }

    private double stage2() {
        double[] taps = design.stage2;
        int newest = stage1Position + taps.length;
        double sum = 0;
        for (int k = 0; k < taps.length; k++) {
            sum += taps[k] * stage1Outputs[newest - k];
        }
        return sum;
    }

    private static int toPcm(double value) {
        long sample = Math.round(value * FULL_SCALE_24);
        return (int) Math.max(-(1 << 23), Math.min((1 << 23) - 1, sample));
    }
}
