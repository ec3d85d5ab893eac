package dev.fidelio.audio.dither;

import java.util.Locale;

/**
 * A level change applied while requantizing, e.g. a ReplayGain adjustment or headroom, with the reason shown in the
 * signal path.
 *
 * @param decibels the gain, between −60 and +60 dB
 * @param reason why, e.g. {@code ReplayGain track}; empty when there is nothing to say
 */
public record Gain(double decibels, String reason) {

    public static final Gain NONE = new Gain(0, "");

    private static final double LIMIT_DB = 60;

    public Gain {
        if (!(Math.abs(decibels) <= LIMIT_DB)) {
            throw new IllegalArgumentException("Gain must be between −" + LIMIT_DB + " and +" + LIMIT_DB + " dB: " + decibels);
        }
        reason = reason == null ? "" : reason.strip();
    }

    public boolean isUnity() {
        return decibels == 0;
    }

    /** The gain as an amplitude factor. */
    public double factor() {
        return Math.pow(10, decibels / 20);
    }

    /** E.g. {@code gain −6.20 dB (ReplayGain track)}, with a true minus sign. */
    public String describe() {
        String sign = decibels < 0 ? "\u2212" : "+";
        String text = String.format(Locale.ROOT, "gain %s%.2f dB", sign, Math.abs(decibels));
        return reason.isEmpty() ? text : text + " (" + reason + ")";
    }
}
