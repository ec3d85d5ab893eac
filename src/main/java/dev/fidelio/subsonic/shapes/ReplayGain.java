package dev.fidelio.subsonic.shapes;

/**
 * A song's ReplayGain as tagged: gains in dB, peaks as fractions of full scale. OpenSubsonic wants it on every song,
 * with no field at all when nothing is known.
 */
public record ReplayGain(Double trackGain, Double albumGain, Double trackPeak, Double albumPeak) {

    public static final ReplayGain NONE = new ReplayGain(null, null, null, null);
}
