package dev.gantry.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;

/**
 * Passes a layer's bytes through while counting and hashing them, and refuses the layer as soon
 * as it runs longer than its descriptor says, or at the end when its digest or size differ.
 */
final class VerifyingInputStream extends CappedInputStream {

    private final ContentDescriptor expected;
    private final MessageDigest sha256 = Digest.newSha256();

    VerifyingInputStream(InputStream layer, ContentDescriptor expected) {
        super(layer);
        this.expected = expected;
    }

    @Override
    long cap() {
        return expected.size();
    }

    @Override
    RuntimeException overCap() {
        return ArchiveRefusedException.forLayer(ArchiveRule.SIZE_MISMATCH, "layer is longer than the "
                + expected.size() + " bytes its descriptor declares");
    }

    @Override
    void seen(byte[] buffer, int offset, int length) {
        sha256.update(buffer, offset, length);
    }

    /**
     * Reads what is left of the layer, then compares its size and digest with the descriptor.
     *
     * @throws IOException when the layer cannot be read to its end
     * @throws ArchiveRefusedException when the size or digest differ
     */
    void verifyToEnd() throws IOException {
        transferTo(OutputStream.nullOutputStream());
        if (count() != expected.size()) {
            throw ArchiveRefusedException.forLayer(ArchiveRule.SIZE_MISMATCH, "layer is " + count()
                    + " bytes but its descriptor declares " + expected.size());
        }
        Digest actual = Digest.of(sha256.digest());
        if (!actual.toString().equals(expected.digest())) {
            throw ArchiveRefusedException.forLayer(ArchiveRule.DIGEST_MISMATCH, "layer has digest " + actual
                    + " but its descriptor declares " + expected.digest());
        }
    }
}
