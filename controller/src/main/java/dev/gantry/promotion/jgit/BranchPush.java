package dev.gantry.promotion.jgit;

import dev.gantry.source.SourceUnavailableException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/** Pushes one branch to a remote and reports any refusal as an external failure, without credentials. */
final class BranchPush {

    private final Repository repository;

    BranchPush(Repository repository) {
        this.repository = repository;
    }

    /** Pushes {@code branch} to the branch of the same name on {@code remote}. */
    void push(String branch, String remote) {
        String ref = Constants.R_HEADS + branch;
        Iterable<PushResult> results;
        try {
            results = Git.wrap(repository).push().setRemote(remote).setRefSpecs(new RefSpec(ref + ":" + ref)).call();
        } catch (GitAPIException | JGitInternalException e) {
            throw new SourceUnavailableException("cannot push " + branch + " to remote " + remote + ": "
                    + redact(e.getMessage()), null);
        }
        for (PushResult result : results) {
            RemoteRefUpdate update = result.getRemoteUpdate(ref);
            if (update != null && update.getStatus() != RemoteRefUpdate.Status.OK
                    && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
                throw new SourceUnavailableException("remote " + remote + " refused " + branch + ": " + update.getStatus()
                        + (update.getMessage() == null ? "" : " (" + redact(update.getMessage()) + ")"), null);
            }
        }
    }

    /** Drops any {@code user:password@} from URLs in a message. */
    static String redact(String message) {
        return message == null ? "" : message.replaceAll("://[^/@\\s]+@", "://***@");
    }
}
