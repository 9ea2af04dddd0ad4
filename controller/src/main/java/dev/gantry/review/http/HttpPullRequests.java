package dev.gantry.review.http;

import dev.gantry.review.PullRequests;
import dev.gantry.review.ReviewRepository;
import dev.gantry.review.ReviewToken;
import java.net.http.HttpClient;
import java.time.Duration;

/** Chooses the REST adapter for a repository's provider. */
public final class HttpPullRequests {

    private HttpPullRequests() {
    }

    /**
     * The adapter for the repository's provider, on a new HTTP client that does not follow redirects
     * (a redirect would resend the token elsewhere).
     *
     * @param repository the provider, API URL and repository path
     * @param token the API token
     */
    public static PullRequests forRepository(ReviewRepository repository, ReviewToken token) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JsonPost post = new JsonPost(client, repository, token);
        return switch (repository.provider()) {
            case GITHUB -> RepositoryPulls.github(post, repository, token);
            case GITLAB -> new GitLabMergeRequests(post, repository, token);
            case GITEA -> RepositoryPulls.gitea(post, repository, token);
        };
    }
}
