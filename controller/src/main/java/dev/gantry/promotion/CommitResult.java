package dev.gantry.promotion;

/**
 * A pointer commit that was made.
 *
 * @param commit the new commit's full SHA
 * @param branch the branch it is on
 * @param path the pointer it changed
 * @param release the release the pointer names now
 * @param message its message
 */
public record CommitResult(String commit, String branch, String path, String release, CommitMessage message) {
}
