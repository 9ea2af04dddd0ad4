package dev.gantry.release;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns the layer source's read failures, such as a dropped registry connection, into
 * {@link UncheckedIOException}, so they are never mistaken for a corrupt archive.
 */
final class UncheckedInputStream extends FilterInputStream {

    UncheckedInputStream(InputStream source) {
        super(source);
    }

    @Override
    public int read() {
        try {
            return in.read();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        try {
            return in.read(buffer, offset, length);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public long skip(long n) {
        try {
            return in.skip(n);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private static UncheckedIOException failure(IOException e) {
        return new UncheckedIOException("cannot read the layer", e);
    }
}
