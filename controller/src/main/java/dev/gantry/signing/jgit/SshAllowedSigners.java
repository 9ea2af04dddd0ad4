package dev.gantry.signing.jgit;

import dev.gantry.signing.AllowedSigners;
import dev.gantry.signing.AllowedSignersInvalidException;
import dev.gantry.signing.SignatureCheck;
import dev.gantry.signing.SignatureStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.SignatureVerifier.SignatureVerification;
import org.eclipse.jgit.lib.SignatureVerifier.TrustLevel;
import org.eclipse.jgit.lib.SignatureVerifiers;
import org.eclipse.jgit.signing.ssh.SigningKeyDatabase;
import org.eclipse.jgit.signing.ssh.VerificationException;

/**
 * SSH signatures checked by JGit's own verifier against an OpenSSH allowed-signers file. JGit reads
 * that file from disk, so each distinct content is written once to a file named by its hash in a
 * private folder; JGit caches parsed files by path, and a path never changes content.
 */
final class SshAllowedSigners {

    static final String FORMAT = "ssh";

    private final Path folder;
    private final Set<Path> checked = ConcurrentHashMap.newKeySet();

    SshAllowedSigners(Path folder) {
        this.folder = folder;
    }

    /** Verifies an SSH signature over {@code payload}, the commit's committer time being the time the key must be valid at. */
    SignatureCheck verify(byte[] payload, byte[] signature, AllowedSigners signers) {
        GpgConfig config = configFor(materialise(signers), signers);
        SignatureVerification verification;
        try {
            // The repository is only used to resolve a relative allowed-signers path; this one is absolute.
            verification = SignatureVerifiers.get(GpgConfig.GpgFormat.SSH).verify(null, config, payload, signature);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot verify an SSH signature against " + signers.path(), e);
        }
        return toCheck(verification);
    }

    private static SignatureCheck toCheck(SignatureVerification verification) {
        if (verification.verified()) {
            return SignatureCheck.good(FORMAT, Arrays.stream(verification.keyUser().split(",")).map(String::strip).toList());
        }
        SignatureStatus status = verification.expired() ? SignatureStatus.EXPIRED
                : verification.trustLevel() == TrustLevel.UNKNOWN ? SignatureStatus.UNKNOWN_KEY : SignatureStatus.BAD;
        return SignatureCheck.failed(status, FORMAT, verification.message());
    }

    private GpgConfig configFor(Path file, AllowedSigners signers) {
        Config config = new Config();
        config.setString("gpg", null, "format", FORMAT);
        config.setString("gpg", "ssh", "allowedSignersFile", file.toString());
        GpgConfig gpg = new GpgConfig(config);
        if (checked.add(file)) {
            requireReadable(gpg, file, signers);
        }
        return gpg;
    }

    /** JGit reports an unreadable allowed-signers file only as a failed verification; ask its database directly once. */
    private void requireReadable(GpgConfig config, Path file, AllowedSigners signers) {
        try {
            SigningKeyDatabase.getInstance().isAllowed(null, config, ProbeKey.KEY, "git", null);
        } catch (IOException | VerificationException e) {
            checked.remove(file);
            String why = String.valueOf(e.getMessage()).replace(file.toString(), signers.path());
            throw new AllowedSignersInvalidException("allowed signers file " + signers.path()
                    + " is not a valid OpenSSH allowed-signers file: " + why, e);
        }
    }

    private Path materialise(AllowedSigners signers) {
        Path file = folder.resolve("allowed_signers-" + sha256(signers.content()));
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "allowed_signers", ".partial");
            Files.write(partial, signers.content());
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + signers.path() + " into " + folder, e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    /** A key no allowed-signers file lists, to make JGit parse a file without verifying anything. */
    private static final class ProbeKey {
        static final PublicKey KEY = generate();

        private static PublicKey generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(256);
                return generator.generateKeyPair().getPublic();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("no EC key generator in this JVM", e);
            }
        }
    }
}
