package dev.gantry.source;

import java.time.Duration;
import java.util.Objects;

/**
 * The GitOps repository the controller watches: where it is, which branch, and how to log in.
 *
 * @param url an https, ssh or file URL, or a local repository path
 * @param branch the branch to watch, such as {@code main}
 * @param credentials how to authenticate
 * @param timeout how long one network operation may stall before it fails
 */
public record GitOpsRemote(String url, String branch, GitCredentials credentials, Duration timeout) {

    /** The timeout used when none is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** Every part is required; the branch must be a plain name. */
    public GitOpsRemote {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(timeout, "timeout");
        if (branch == null || branch.isBlank() || branch.startsWith("refs/")) {
            throw new IllegalArgumentException("branch must be a branch name such as main, not '" + branch + "'");
        }
    }

    /** A remote with {@link #DEFAULT_TIMEOUT}. */
    public GitOpsRemote(String url, String branch, GitCredentials credentials) {
        this(url, branch, credentials, DEFAULT_TIMEOUT);
    }

    /** The URL without any {@code user:password@} part, safe to print. */
    public String redactedUrl() {
        return redact(url);
    }

    /** Removes user information from URLs in the text and every secret of the credentials. */
    public String redact(String text) {
        return credentials.redact(text);
    }

    @Override
    public String toString() {
        return "GitOpsRemote[url=" + redactedUrl() + ", branch=" + branch + ", credentials=" + credentials
                + ", timeout=" + timeout + "]";
    }
}
