package dev.gantry.release;

import java.util.Objects;

/**
 * What a blob is expected to be, as an OCI manifest describes it: its digest and its size.
 *
 * @param digest the sha256 digest of the blob's bytes
 * @param size the blob's length in bytes
 */
public record ContentDescriptor(Digest digest, long size) {

    /** Checks the digest is present and the size is not negative. */
    public ContentDescriptor {
        Objects.requireNonNull(digest, "digest");
        if (size < 0) {
            throw new IllegalArgumentException("a blob's size cannot be negative: " + size);
        }
    }
}
