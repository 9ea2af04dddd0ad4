package dev.gantry.promotion;

import java.time.Instant;

/**
 * One commit that changes exactly one pointer file on top of {@code HEAD}.
 *
 * @param path the pointer's path relative to the repository root
 * @param text the pointer's new text
 * @param message the commit message
 * @param author the author and committer
 * @param when the author and committer time
 * @param branch the branch the commit goes on: a new one, or the current one
 * @param mode whether {@code branch} is new or current
 */
public record PointerCommit(String path, String text, CommitMessage message, Identity author, Instant when,
        String branch, BranchMode mode) {
}
