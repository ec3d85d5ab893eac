package dev.fidelio.index.probe;

/** Average bitrates, in whole kilobits per second, from a byte count and a duration. */
final class Bitrate {

    private Bitrate() {
    }

    /** For streams of fixed rate, such as uncompressed DSD. */
    static int kbps(long bitsPerSecond) {
        return (int) Math.min(Integer.MAX_VALUE, Math.round(bitsPerSecond / 1000.0));
    }

    /** 0 when the duration is unknown. */
    static int kbps(long bytes, double seconds) {
        if (!(seconds > 0) || bytes <= 0) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.round(bytes * 8.0 / seconds / 1000));
    }
}
