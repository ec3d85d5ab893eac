package dev.fidelio.bench.audio;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Runs one pass of audio work again and again for a while and says how many times faster than real time it went:
 * audio seconds per second of this thread's CPU time (other processes on the machine do not count against it), and
 * per second of wall time.
 */
final class RealTimeMeter {

    /** One pass over {@code audioSeconds} of audio; returns something derived from the output so the JIT keeps the work. */
    @FunctionalInterface
    interface Pass {
        long run() throws IOException;
    }

    record Result(double perCpuSecond, double perWallSecond) {
    }

    private static long sink;

    private RealTimeMeter() {
    }

    static Result measure(double audioSeconds, double wallSeconds, Pass pass) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long deadline = start + (long) (wallSeconds * 1e9);
        double done = 0;
        do {
            sink += pass.run();
            done += audioSeconds;
        } while (System.nanoTime() < deadline);
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - start) / 1e9;
        return new Result(done / cpu, done / wall);
    }
}
