package dev.gantry.promotion.jgit;

import dev.gantry.promotion.PromotionRefusedException;
import java.io.IOException;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.api.errors.UnsupportedSigningFormatException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.lib.Signers;
import org.eclipse.jgit.transport.CredentialsProvider;

/**
 * Signs a commit when git's config asks for it ({@code commit.gpgSign}), with the signer JGit
 * has for {@code gpg.format} and the key named by {@code user.signingKey}. The {@code ssh} signer
 * comes with {@code org.eclipse.jgit.ssh.apache}; an {@code openpgp} one would need
 * {@code org.eclipse.jgit.gpg.bc}, which is not published for the JGit version pinned here.
 */
final class CommitSigner {

    private final Repository repository;

    CommitSigner(Repository repository) {
        this.repository = repository;
    }

    /** Adds a signature to the commit when {@code commit.gpgSign} is true; refuses when it cannot. */
    void signIfConfigured(CommitBuilder commit, PersonIdent committer) {
        GpgConfig config = new GpgConfig(repository.getConfig());
        if (!config.isSignCommits()) {
            return;
        }
        Signer signer = Signers.get(config.getKeyFormat());
        if (signer == null) {
            throw new PromotionRefusedException("commit.gpgSign is true but gantry has no signer for gpg.format="
                    + config.getKeyFormat().name().toLowerCase(java.util.Locale.ROOT) + "; sign with gpg.format=ssh");
        }
        try {
            signer.signObject(repository, config, commit, committer, config.getSigningKey(), CredentialsProvider.getDefault());
        } catch (CanceledException | IOException | UnsupportedSigningFormatException | RuntimeException e) {
            throw new PromotionRefusedException("commit.gpgSign is true but the commit could not be signed with "
                    + "user.signingKey " + config.getSigningKey() + ": " + e.getMessage());
        }
    }
}
