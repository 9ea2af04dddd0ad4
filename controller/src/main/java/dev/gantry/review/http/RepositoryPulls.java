package dev.gantry.review.http;

import dev.gantry.review.OpenedPullRequest;
import dev.gantry.review.PullRequestDraft;
import dev.gantry.review.PullRequests;
import dev.gantry.review.ReviewProvider;
import dev.gantry.review.ReviewRepository;
import dev.gantry.review.ReviewToken;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /repos/{owner}/{repo}/pulls}, the pull-request API GitHub and Gitea (and Forgejo)
 * share: the same body and answer, different headers.
 */
final class RepositoryPulls implements PullRequests {

    private final JsonPost post;
    private final ReviewRepository repository;
    private final ReviewProvider provider;
    private final Map<String, String> headers;

    private RepositoryPulls(JsonPost post, ReviewRepository repository, ReviewProvider provider, Map<String, String> headers) {
        this.post = post;
        this.repository = repository;
        this.provider = provider;
        this.headers = headers;
    }

    /** GitHub's REST API, with a bearer token. */
    static RepositoryPulls github(JsonPost post, ReviewRepository repository, ReviewToken token) {
        return new RepositoryPulls(post, repository, ReviewProvider.GITHUB, Map.of("Authorization", "Bearer " + token.value(),
                "Accept", "application/vnd.github+json", "X-GitHub-Api-Version", "2022-11-28"));
    }

    /** Gitea's (and Forgejo's) REST API, with {@code Authorization: token}. */
    static RepositoryPulls gitea(JsonPost post, ReviewRepository repository, ReviewToken token) {
        return new RepositoryPulls(post, repository, ReviewProvider.GITEA, Map.of("Authorization", "token " + token.value(),
                "Accept", "application/json"));
    }

    @Override
    public OpenedPullRequest open(PullRequestDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", draft.title());
        body.put("head", draft.head());
        body.put("base", draft.base());
        body.put("body", draft.body());
        JsonNode answer = post.send("/repos/" + repository.path() + "/pulls", headers, body, draft);
        return new OpenedPullRequest(provider, answer.path("number").asLong(), URI.create(answer.path("html_url").asString()));
    }
}
