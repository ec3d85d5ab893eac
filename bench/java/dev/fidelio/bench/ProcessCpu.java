package dev.fidelio.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time a process and its children have used, from Linux's {@code /proc}. Throughput on a shared machine moves
 * with whatever else runs; the CPU a server spends per byte it sends does not, so benchmarks report both.
 */
final class ProcessCpu {

    /** The kernel's clock tick; 100 on every Linux this runs on (USER_HZ is fixed by the ABI). */
    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** User plus system time of {@code root} and every process below it, in seconds. */
    static double seconds(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants()).mapToLong(ProcessCpu::ticks).sum() / TICKS_PER_SECOND;
    }

    private static long ticks(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            // Fields after the command name, which is in parentheses and may itself hold spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (NoSuchFileException gone) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
