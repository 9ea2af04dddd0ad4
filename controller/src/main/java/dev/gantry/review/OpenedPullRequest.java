package dev.gantry.review;

import java.net.URI;

/**
 * A review request the host opened.
 *
 * @param provider the host's provider
 * @param number its number in the repository (GitLab's {@code iid})
 * @param url the page people open
 */
public record OpenedPullRequest(ReviewProvider provider, long number, URI url) {

    /** One line to print, such as {@code opened pull request #12: https://github.com/acme/gitops/pull/12}. */
    public String describe() {
        String mark = provider == ReviewProvider.GITLAB ? "!" : "#";
        return "opened " + provider.requestName() + " " + mark + number + ": " + url;
    }
}
