package dev.gantry.testing.git;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.GpgConfig;

/** A fresh ed25519 key written as an OpenSSH private key file, for signing commits the way {@code gpg.format=ssh} does. */
public final class SshSigningKey {

    private final Path file;
    private final String publicKey;

    private SshSigningKey(Path file, String publicKey) {
        this.file = file;
        this.publicKey = publicKey;
    }

    /** Generates a key and writes its private half to {@code file} with mode 0600. */
    public static SshSigningKey generate(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyUtils.generateKeyPair(KeyPairKinds.ED25519, 256);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "gantry-signing-test", null, out);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return new SshSigningKey(file, PublicKeyEntry.toString(pair.getPublic()));
    }

    /** One allowed-signers line giving this key to {@code principals} (comma-separated), with options such as {@code valid-before=20200101} or empty. */
    public String allowedSignersLine(String principals, String options) {
        return principals + (options.isEmpty() ? "" : " " + options) + " " + publicKey + "\n";
    }

    /** The git configuration that signs commits with this key. */
    public GpgConfig gpgConfig() {
        Config config = new Config();
        config.setString("gpg", null, "format", "ssh");
        config.setString("user", null, "signingKey", file.toString());
        config.setBoolean("commit", null, "gpgSign", true);
        return new GpgConfig(config);
    }

    /** The private key file, as {@code user.signingKey} names it. */
    public Path file() {
        return file;
    }

    /** Key type names as Apache MINA sshd spells them. */
    private static final class KeyPairKinds {
        static final String ED25519 = "ssh-ed25519";
    }
}
