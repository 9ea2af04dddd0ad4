/**
 * Pull and merge requests: opening one on the git host of the GitOps repository, from a pushed
 * branch to a base branch, with a Markdown body that summarises the release diff.
 *
 * <p>The host's provider and API URL are derived from the remote URL (github.com, gitlab.com) or
 * set explicitly ({@link dev.gantry.review.ReviewSettings}); the token is read from the
 * environment and never printed. The REST adapters are in {@code review.http}.
 */
package dev.gantry.review;
