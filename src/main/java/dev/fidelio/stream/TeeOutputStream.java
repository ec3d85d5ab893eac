package dev.fidelio.stream;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes to the client and to a copy. The client comes first: its failure (it went away) ends the write. The copy's
 * failure (a full disk) only ends the copy.
 */
final class TeeOutputStream extends OutputStream {

    private final OutputStream client;
    private final OutputStream copy;
    private boolean copyIntact = true;
    private boolean copyClosed;

    TeeOutputStream(OutputStream client, OutputStream copy) {
        this.client = client;
        this.copy = copy;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        client.write(bytes, offset, length);
        if (copyIntact) {
            try {
                copy.write(bytes, offset, length);
            } catch (IOException e) {
                copyIntact = false;
            }
        }
    }

    @Override
    public void flush() throws IOException {
        client.flush();
    }

    /** Closes the copy, so that it can be kept; true when every byte reached it. */
    void closeCopy() {
        if (!copyClosed) {
            copyClosed = true;
            try {
                copy.close();
            } catch (IOException e) {
                copyIntact = false;
            }
        }
    }

    boolean copyIntact() {
        return copyIntact && copyClosed;
    }

    /** The client's stream belongs to the server; only the copy is ours to close. */
    @Override
    public void close() {
        closeCopy();
    }
}
