package dev.gantry.release;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An OCI descriptor: what a blob or manifest is, by media type, digest and size.
 *
 * @param mediaType the content's media type
 * @param digest {@code sha256:} and 64 lowercase hex characters
 * @param size the content's length in bytes
 */
public record ContentDescriptor(String mediaType, String digest, long size) {

    private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

    /** Checks the digest's form. */
    public ContentDescriptor {
        if (!isDigest(digest)) {
            throw new IllegalArgumentException("not a sha256 digest: " + digest);
        }
    }

    /** Describes the given bytes. */
    public static ContentDescriptor of(String mediaType, byte[] content) {
        return new ContentDescriptor(mediaType, sha256(content), content.length);
    }

    /** Whether the text is a {@code sha256:} digest. */
    public static boolean isDigest(String text) {
        return text != null && SHA256.matcher(text).matches();
    }

    /** The {@code sha256:...} digest of the bytes. */
    public static String sha256(byte[] content) {
        return Digest.sha256(content).toString();
    }

    /** The {@code sha256:...} digest of a UTF-8 string. */
    public static String sha256(String content) {
        return sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh SHA-256 message digest. */
    public static MessageDigest messageDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The hex part of the digest. */
    public String hex() {
        return digest.substring("sha256:".length());
    }
}
