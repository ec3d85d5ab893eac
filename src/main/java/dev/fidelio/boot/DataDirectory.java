package dev.fidelio.boot;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The folder everything the server writes goes into. One server at a time may use it: two servers on one
 * embedded cluster would corrupt it, so the second one is refused with a clear message.
 */
public final class DataDirectory implements AutoCloseable {

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    public static DataDirectory open(Path root) {
        try {
            Files.createDirectories(root);
        } catch (AccessDeniedException e) {
            throw new StartupException("The data folder " + root + " cannot be created: permission denied (FIDELIO_DATA_DIR).");
        } catch (IOException e) {
            throw new StartupException("The data folder " + root + " cannot be created: " + e.getMessage() + " (FIDELIO_DATA_DIR).");
        }
        if (!Files.isDirectory(root) || !Files.isWritable(root)) {
            throw new StartupException("The data folder " + root + " is not a writable folder (FIDELIO_DATA_DIR).");
        }
        try {
            FileChannel channel = FileChannel.open(root.resolve("fidelio.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new StartupException("Another Fidelio server is already using the data folder " + root + ".");
            }
            return new DataDirectory(root, channel, lock);
        } catch (IOException e) {
            throw new StartupException("The data folder " + root + " cannot be locked: " + e.getMessage());
        }
    }

    public Path root() {
        return root;
    }

    public Path embeddedDatabase() {
        return root.resolve("postgresql");
    }

    @Override
    public void close() throws IOException {
        lock.release();
        lockChannel.close();
    }
}
