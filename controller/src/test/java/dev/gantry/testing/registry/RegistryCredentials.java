package dev.gantry.testing.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** A generated user name and random password for one test registry. */
public record RegistryCredentials(String username, String password) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Makes a fresh user ({@code gantry-xxxxxx}) with a 144-bit random URL-safe password. */
    public static RegistryCredentials generate() {
        byte[] user = new byte[3];
        byte[] secret = new byte[18];
        RANDOM.nextBytes(user);
        RANDOM.nextBytes(secret);
        return new RegistryCredentials("gantry-" + HexFormat.of().formatHex(user),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The value of an {@code Authorization} header carrying these credentials. */
    public String basicAuthorization() {
        String pair = username + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an {@code Authorization} header value carries exactly these credentials. */
    boolean matches(String authorization) {
        byte[] expected = basicAuthorization().getBytes(StandardCharsets.UTF_8);
        byte[] actual = authorization == null ? new byte[0] : authorization.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, actual);
    }

    @Override
    public String toString() {
        return "RegistryCredentials[username=" + username + ", password=<redacted>]";
    }
}
