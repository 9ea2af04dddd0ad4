/**
 * The review port's REST adapters on {@code java.net.http}: GitHub pull requests, GitLab merge
 * requests and Gitea pull requests, each one JSON POST with the token in the provider's header.
 *
 * <p>Every failure becomes a {@link dev.gantry.review.ReviewUnavailableException} whose message
 * names the host, the status and what to check, never the token.
 */
package dev.gantry.review.http;
