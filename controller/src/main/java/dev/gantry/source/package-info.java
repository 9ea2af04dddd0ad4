/**
 * Source repositories: reading exactly one commit of the repository a release is built from.
 *
 * <p>The port, {@link dev.gantry.source.SourceRepository}, hands out immutable snapshots of a
 * commit; the JGit adapter keeps a private bare mirror per source and never touches a user's
 * working tree.
 */
package dev.gantry.source;
