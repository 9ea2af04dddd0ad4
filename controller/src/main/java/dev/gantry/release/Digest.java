package dev.gantry.release;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A content digest in OCI form: {@code sha256:} and 64 lowercase hex digits.
 *
 * @param value the digest as text, for example {@code sha256:9f86d0...}
 */
public record Digest(String value) {

    private static final String PREFIX = "sha256:";
    private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

    /** Checks the text is a sha256 digest in OCI form. */
    public Digest {
        Objects.requireNonNull(value, "value");
        if (!SHA256.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a digest of the form sha256:<64 lowercase hex digits>");
        }
    }

    /**
     * Reads a digest written as {@code sha256:<hex>}.
     *
     * @param text the digest as text
     * @return the digest
     * @throws IllegalArgumentException when the text is not a sha256 digest in OCI form
     */
    public static Digest parse(String text) {
        return new Digest(text);
    }

    /**
     * Computes the sha256 digest of some bytes.
     *
     * @param bytes the content
     * @return its digest
     */
    public static Digest sha256(byte[] bytes) {
        MessageDigest sha256 = newSha256();
        return of(sha256.digest(bytes));
    }

    /** A fresh SHA-256 instance; every Java runtime has one. */
    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }

    /** The digest of a finished SHA-256 computation's 32 bytes. */
    static Digest of(byte[] sha256) {
        return new Digest(PREFIX + HexFormat.of().formatHex(sha256));
    }

    /**
     * The hex digits without the algorithm prefix.
     *
     * @return 64 lowercase hex digits
     */
    public String hex() {
        return value.substring(PREFIX.length());
    }

    @Override
    public String toString() {
        return value;
    }
}
