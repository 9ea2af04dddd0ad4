/**
 * The JGit adapters of the source port: bare mirrors in a private cache, read by commit.
 *
 * <p>{@link dev.gantry.source.jgit.JGitSourceRepository} reads release sources; {@link
 * dev.gantry.source.jgit.JGitGitOpsRepository} reads the watched GitOps repository through a
 * {@link dev.gantry.source.jgit.GitOpsMirror}, which also carries the credentials (https basic,
 * ssh key with one known_hosts file, or none) for every fetch and push to that remote. {@link
 * dev.gantry.source.jgit.PathFollower} is the one walk of a pointer's history across renames and
 * merges, read by the approval check here and by the promotion adapter.
 */
package dev.gantry.source.jgit;
