package dev.fidelio.audio.resample;

/** One step of a conversion, pulling from the step before it; the last one's length is set by the caller. */
interface ConversionStage extends FrameSupply {

    /** Produces no output from {@code frames} on, whatever the input; the caller knows the stream's exact length. */
    void limitOutput(long frames);
}
