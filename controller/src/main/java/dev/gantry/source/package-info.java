/**
 * Git repositories the controller reads: the source repository a release is built from, and the
 * GitOps repository it watches.
 *
 * <p>{@link dev.gantry.source.SourceRepository} hands out immutable snapshots of one source
 * commit. {@link dev.gantry.source.GitOpsRepository} fetches the watched branch, reads files at a
 * commit, and reports what changed between two commits as a {@link dev.gantry.source.ChangeSet}
 * classified by the GitOps layout, and walks one file's history as {@link
 * dev.gantry.source.FileCommit}s; {@link dev.gantry.source.GitOpsDocuments} parses environments,
 * pointers and overlays from it. {@link dev.gantry.source.GitCredentials} and {@link
 * dev.gantry.source.GitOpsRemote} say how to reach the remote without any JGit type. The JGit
 * adapters keep a private bare mirror per remote and never touch a user's working tree.
 */
package dev.gantry.source;
