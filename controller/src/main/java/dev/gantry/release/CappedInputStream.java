package dev.gantry.release;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while counting them, reading at most one byte past a cap so that going
 * over it is noticed at once and refused, never read on into memory or disk.
 */
abstract class CappedInputStream extends FilterInputStream {

    private long count;

    CappedInputStream(InputStream in) {
        super(in);
    }

    /** How many bytes may pass in all, now. */
    abstract long cap();

    /** The refusal thrown as soon as more than {@link #cap()} bytes passed. */
    abstract RuntimeException overCap();

    /** Sees every byte that passes, before the cap is checked; nothing by default. */
    void seen(byte[] buffer, int offset, int length) {
        // only counting by default
    }

    /** How many bytes have passed. */
    final long count() {
        return count;
    }

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public final int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = in.read(buffer, offset, (int) Math.min(length, Math.max(cap() - count, 0) + 1));
        if (n > 0) {
            seen(buffer, offset, n);
            count += n;
            if (count > cap()) {
                throw overCap();
            }
        }
        return n;
    }

    /** Skips by reading, so skipped bytes are counted and seen like any others. */
    @Override
    public final long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        return Math.max(read(scratch, 0, scratch.length), 0);
    }

    @Override
    public final boolean markSupported() {
        return false;
    }
}
