package dev.gantry.promotion.jgit;

import dev.gantry.promotion.PromotionRefusedException;
import java.io.IOException;
import java.util.Map;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.api.errors.UnsupportedSigningFormatException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.GpgConfig.GpgFormat;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.lib.Signers;
import org.eclipse.jgit.transport.CredentialsProvider;

/**
 * Signs a commit when git's config asks for it ({@code commit.gpgSign}), in the {@code gpg.format}
 * it names: {@code openpgp} by running gpg as git does ({@link GpgProgramSigner}), {@code ssh} with
 * JGit's signer from {@code org.eclipse.jgit.ssh.apache} and the key in {@code user.signingKey}.
 */
final class CommitSigner {

    private final Repository repository;
    private final Map<String, String> environment;

    /**
     * Creates the signer.
     *
     * @param environment variables for a signing program on top of the JVM's, such as {@code GNUPGHOME}
     */
    CommitSigner(Repository repository, Map<String, String> environment) {
        this.repository = repository;
        this.environment = environment;
    }

    /** Adds a signature to the commit when {@code commit.gpgSign} is true; refuses when it cannot. */
    void signIfConfigured(CommitBuilder commit, PersonIdent committer) {
        GpgConfig config = new GpgConfig(repository.getConfig());
        if (!config.isSignCommits()) {
            return;
        }
        Signer signer = signer(config.getKeyFormat());
        if (signer == null) {
            throw new PromotionRefusedException("commit.gpgSign is true but gantry has no signer for gpg.format="
                    + config.getKeyFormat().toConfigValue() + "; sign with gpg.format=openpgp or ssh");
        }
        try {
            signer.signObject(repository, config, commit, committer, config.getSigningKey(), CredentialsProvider.getDefault());
        } catch (CanceledException | IOException | UnsupportedSigningFormatException | RuntimeException e) {
            throw new PromotionRefusedException("commit.gpgSign is true but the commit could not be signed: "
                    + e.getMessage() + keyNote(config));
        }
    }

    private Signer signer(GpgFormat format) {
        return format == GpgFormat.OPENPGP ? new GpgProgramSigner(environment, GpgProgramSigner.TIMEOUT) : Signers.get(format);
    }

    /** The key, for formats whose signer does not name it in its messages (gpg's does). */
    private static String keyNote(GpgConfig config) {
        return config.getKeyFormat() == GpgFormat.OPENPGP ? "" : " (user.signingKey " + config.getSigningKey() + ")";
    }
}
