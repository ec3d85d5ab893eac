package dev.fidelio.testmusic;

import java.util.Arrays;
import java.util.Random;

/** Produces the bytes of each {@link BrokenFile} from its defect and, where it has one, its already generated source. */
final class BrokenFileWriter {

    /** "fLaC" plus the STREAMINFO block header. */
    private static final int STREAMINFO_OFFSET = 8;

    private BrokenFileWriter() {
    }

    /** {@code source} is the generated file named by {@link BrokenFile#source()}, or null when the defect needs none. */
    static byte[] write(BrokenFile broken, byte[] source) {
        return switch (broken.defect()) {
            case EMPTY -> new byte[0];
            case TRUNCATED -> Arrays.copyOf(source, (int) (source.length * broken.keepFraction()));
            case GARBAGE -> randomBytes(broken.lengthBytes(), broken.seed());
            case CORRUPT_STREAMINFO -> {
                byte[] corrupt = source.clone();
                byte[] noise = randomBytes(FlacWriter.STREAMINFO_LENGTH, broken.seed());
                System.arraycopy(noise, 0, corrupt, STREAMINFO_OFFSET, noise.length);
                yield corrupt;
            }
        };
    }

    /** java.util.Random's algorithm is fixed by its specification, so the bytes are the same on every JVM. */
    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
