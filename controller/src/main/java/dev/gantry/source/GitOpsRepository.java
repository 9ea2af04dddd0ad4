package dev.gantry.source;

import java.util.List;
import java.util.Optional;

/**
 * The GitOps repository the controller watches: one branch of one remote, fetched into a private
 * mirror and read by commit, never through a working tree.
 */
public interface GitOpsRepository {

    /**
     * Fetches the watched branch into the private mirror. A branch that was rewritten on the
     * remote is followed; commits no longer on it may then be missing from later reads.
     *
     * @return the branch's head after the fetch
     * @throws SourceUnavailableException when the remote cannot be reached, refuses the
     *     credentials, or has no such branch; the message never holds a credential
     */
    Commit fetch();

    /**
     * What changed under {@code environments/} between two commits, from a tree diff that only
     * descends into folders whose content differs: the cost grows with what changed, not with
     * the size of the repository.
     *
     * @param fromCommit the last reconciled commit, or null for a first sync, where every path is added
     * @param toCommit the commit to reconcile
     * @return the classified changes
     * @throws CommitNotFoundException when the mirror lacks either commit, as after a force push;
     *     the caller should then reconcile from null
     * @throws SourceUnavailableException when the mirror cannot be read
     */
    ChangeSet changesBetween(String fromCommit, String toCommit);

    /**
     * Reads one file at a commit.
     *
     * @param commit the full commit SHA
     * @param path the path from the repository root, forward slashes
     * @return the file's bytes, or empty when the commit has no regular file there (nothing, a
     *     folder or a submodule)
     * @throws dev.gantry.pointer.DocumentInvalidException when the path, or a folder on the way to
     *     it, is a symbolic link: never followed, and never taken as missing, so a pointer turned
     *     into a link is not mistaken for a deleted one
     * @throws CommitNotFoundException when the mirror lacks the commit
     * @throws SourceUnavailableException when the mirror cannot be read
     */
    Optional<byte[]> read(String commit, String path);

    /**
     * Lists one folder at a commit, without descending into it.
     *
     * @param commit the full commit SHA
     * @param folder the folder's path from the repository root, forward slashes; empty for the root
     * @return the names of its entries, sorted as git sorts them, sub-folders with a trailing
     *     {@code /}; empty when the commit has no such folder
     * @throws dev.gantry.pointer.DocumentInvalidException when the folder, or one on the way to it,
     *     is a symbolic link
     * @throws CommitNotFoundException when the mirror lacks the commit
     * @throws SourceUnavailableException when the mirror cannot be read
     */
    List<String> list(String commit, String folder);

    /**
     * The commits that changed one file, newest first, walking back from a commit as {@code git
     * log <commit> -- <path>} does: a merge that kept one parent's version is no change, and the
     * walk follows that parent. A release pointer ({@code environments/.../release.yaml}) is
     * followed back across renames, one line of history at a time, as {@code git log --follow}
     * would; other files are not.
     *
     * @param commit the full commit SHA to walk back from
     * @param path the file's path from the repository root, forward slashes, as named at {@code commit}
     * @param maxCount the most commits to return
     * @return the changes, newest first, each with the file's path at that commit; empty when no
     *     commit touched the path
     * @throws CommitNotFoundException when the mirror lacks the commit
     * @throws SourceUnavailableException when the mirror cannot be read
     */
    List<FileCommit> history(String commit, String path, int maxCount);
}
