package dev.gantry.promotion;

import java.util.Optional;

/** A clone of the GitOps repository that the command line reads at {@code HEAD} and commits pointer changes into. */
public interface GitOpsWorkspace {

    /**
     * A file's text as committed at {@code HEAD}.
     *
     * @param path relative to the repository root
     * @return the text, or empty when {@code HEAD} has no such file (or no commit yet)
     * @throws HistoryUnavailableException when the repository cannot be read
     */
    Optional<String> readAtHead(String path);

    /**
     * Who commits here: git's {@code user.name} and {@code user.email}.
     *
     * @throws PromotionRefusedException when {@code user.email} is not configured
     */
    Identity identity();

    /**
     * The branch checked out now.
     *
     * @throws PromotionRefusedException when {@code HEAD} is detached
     */
    String currentBranch();

    /**
     * Checks that neither the index nor the working tree has changes to a file, so a commit of
     * that file cannot lose or include someone's edits.
     *
     * @param path relative to the repository root
     * @throws PromotionRefusedException when the file has uncommitted changes
     */
    void requireUnchanged(String path);

    /**
     * Commits one pointer file's new text on top of {@code HEAD}, and nothing else, whatever else
     * is staged or changed; signs the commit when git's config asks for it; then updates the
     * branch and the checked-out file.
     *
     * @param commit what to commit, and where
     * @return the new commit's full SHA
     * @throws PromotionRefusedException when the new branch exists, or signing is asked for but cannot be done
     */
    String commit(PointerCommit commit);

    /**
     * Pushes a branch to a remote, to the branch of the same name.
     *
     * @param branch the local branch
     * @param remote a configured remote's name, such as {@code origin}, or a URL
     * @throws dev.gantry.source.SourceUnavailableException when the remote cannot be reached or refuses the push
     */
    void push(String branch, String remote);

    /** The history of pointers, reachable from {@code HEAD}. */
    PointerHistory history();
}
