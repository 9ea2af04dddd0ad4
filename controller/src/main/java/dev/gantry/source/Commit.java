package dev.gantry.source;

import java.time.Instant;

/**
 * One commit of the GitOps repository, as the controller needs to know it.
 *
 * @param sha the full 40-hex commit SHA
 * @param time the committer time: when the change landed on the branch, for commit-to-applied latency
 * @param authorName the author's name
 * @param authorEmail the author's email address
 */
public record Commit(String sha, Instant time, String authorName, String authorEmail) {

    /** The first seven characters of the SHA, as git shows it. */
    public String shortSha() {
        return sha.substring(0, 7);
    }
}
