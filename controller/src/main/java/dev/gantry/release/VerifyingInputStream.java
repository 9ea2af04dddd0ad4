package dev.gantry.release;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;

/**
 * Passes a layer's bytes through while counting and hashing them, and refuses the layer as soon
 * as it runs longer than its descriptor says, or at the end when its digest or size differ.
 */
final class VerifyingInputStream extends FilterInputStream {

    private final ContentDescriptor expected;
    private final MessageDigest sha256 = Digest.newSha256();
    private long count;

    VerifyingInputStream(InputStream layer, ContentDescriptor expected) {
        super(layer);
        this.expected = expected;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = in.read(buffer, offset, (int) Math.min(length, expected.size() - count + 1));
        if (n > 0) {
            sha256.update(buffer, offset, n);
            count += n;
            if (count > expected.size()) {
                throw ArchiveRefusedException.forLayer(ArchiveRule.SIZE_MISMATCH, "layer is longer than the "
                        + expected.size() + " bytes its descriptor declares");
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(n, 8192)];
        int read = read(scratch, 0, scratch.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /**
     * Reads what is left of the layer, then compares its size and digest with the descriptor.
     *
     * @throws IOException when the layer cannot be read to its end
     * @throws ArchiveRefusedException when the size or digest differ
     */
    void verifyToEnd() throws IOException {
        transferTo(OutputStream.nullOutputStream());
        if (count != expected.size()) {
            throw ArchiveRefusedException.forLayer(ArchiveRule.SIZE_MISMATCH, "layer is " + count
                    + " bytes but its descriptor declares " + expected.size());
        }
        Digest actual = Digest.of(sha256.digest());
        if (!actual.toString().equals(expected.digest())) {
            throw ArchiveRefusedException.forLayer(ArchiveRule.DIGEST_MISMATCH, "layer has digest " + actual
                    + " but its descriptor declares " + expected.digest());
        }
    }
}
