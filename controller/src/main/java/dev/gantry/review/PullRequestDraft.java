package dev.gantry.review;

/**
 * A review request to open.
 *
 * @param head the pushed branch holding the change
 * @param base the branch to merge it into
 * @param title a one-line title
 * @param body the description, in Markdown
 */
public record PullRequestDraft(String head, String base, String title, String body) {
}
