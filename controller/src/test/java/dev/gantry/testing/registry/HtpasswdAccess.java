package dev.gantry.testing.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** Basic auth: an htpasswd file with one bcrypt entry, written in Java so no {@code htpasswd} tool is needed. */
final class HtpasswdAccess implements RegistryAccess {

    /** The cost {@code htpasswd -B} uses by default; the registry checks it on every request, so keep it low. */
    private static final int BCRYPT_COST = 5;

    private final Path file;

    private HtpasswdAccess(Path file) {
        this.file = file;
    }

    /** Writes {@code directory/htpasswd} holding {@code credentials}. */
    static HtpasswdAccess create(Path directory, RegistryCredentials credentials) throws IOException {
        Path file = directory.resolve("htpasswd");
        Files.writeString(file, credentials.username() + ":" + bcrypt(credentials.password()) + "\n");
        return new HtpasswdAccess(file);
    }

    private static String bcrypt(String password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return OpenBSDBCrypt.generate("2y", password.toCharArray(), salt, BCRYPT_COST);
    }

    @Override
    public String authSection() {
        return """
                auth:
                  htpasswd:
                    realm: gantry-test-registry
                    path: %s
                """.formatted(RegistryConfig.quoted(file.toString()));
    }
}
