package dev.gantry.testing.git;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;

/** A fresh ECDSA client key written as an OpenSSH private key file, optionally with a passphrase. */
public final class SshClientKey {

    private final Path file;
    private final PublicKey publicKey;

    private SshClientKey(Path file, PublicKey publicKey) {
        this.file = file;
        this.publicKey = publicKey;
    }

    /** Generates a key and writes it to {@code file} with mode 0600; {@code passphrase} may be null. */
    public static SshClientKey generate(Path file, String passphrase) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
        OpenSSHKeyEncryptionContext encryption = null;
        if (passphrase != null) {
            encryption = new OpenSSHKeyEncryptionContext();
            encryption.setCipherName("AES");
            encryption.setCipherMode("CTR");
            encryption.setCipherType("256");
            encryption.setPassword(passphrase);
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "gantry-test", encryption, out);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return new SshClientKey(file, pair.getPublic());
    }

    /** The private key file. */
    public Path file() {
        return file;
    }

    /** The public half, for the server's authorized keys. */
    public PublicKey publicKey() {
        return publicKey;
    }
}
