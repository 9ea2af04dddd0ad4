package dev.gantry.signing.jgit;

import dev.gantry.signing.AllowedSigners;
import dev.gantry.signing.SignatureCheck;
import dev.gantry.signing.SignatureStatus;
import dev.gantry.signing.SignatureVerifier;
import java.nio.file.Path;
import org.eclipse.jgit.lib.GpgConfig.GpgFormat;
import org.eclipse.jgit.lib.SignatureVerifiers;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Verifies commit signatures: JGit parses the commit and tells SSH from OpenPGP signatures; SSH
 * goes to JGit's verifier with an allowed-signers file, OpenPGP to BouncyCastle with a keyring.
 */
public final class JGitSignatureVerifier implements SignatureVerifier {

    private final SshAllowedSigners ssh;

    /**
     * Creates the verifier.
     *
     * @param workFolder a private folder where allowed-signers files are written for JGit to read
     */
    public JGitSignatureVerifier(Path workFolder) {
        this.ssh = new SshAllowedSigners(workFolder);
    }

    @Override
    public SignatureCheck verify(byte[] rawCommit, AllowedSigners signers) {
        byte[] signature = RevCommit.parse(rawCommit).getRawGpgSignature();
        if (signature == null) {
            return SignatureCheck.UNSIGNED;
        }
        byte[] payload = SignedPayload.of(rawCommit);
        GpgFormat format = SignatureVerifiers.getFormat(signature);
        return switch (format) {
            case SSH -> ssh.verify(payload, signature, signers);
            case OPENPGP -> OpenPgpKeyring.verify(payload, signature, signers);
            default -> SignatureCheck.failed(SignatureStatus.BAD, null, "unsupported signature format " + format.toConfigValue());
        };
    }
}
