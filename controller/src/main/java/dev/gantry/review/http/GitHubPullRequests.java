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

/** GitHub's REST API: {@code POST /repos/{owner}/{repo}/pulls} with a bearer token. */
final class GitHubPullRequests implements PullRequests {

    private final JsonPost post;
    private final ReviewRepository repository;
    private final ReviewToken token;

    GitHubPullRequests(JsonPost post, ReviewRepository repository, ReviewToken token) {
        this.post = post;
        this.repository = repository;
        this.token = token;
    }

    @Override
    public OpenedPullRequest open(PullRequestDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", draft.title());
        body.put("head", draft.head());
        body.put("base", draft.base());
        body.put("body", draft.body());
        JsonNode answer = post.send("/repos/" + repository.path() + "/pulls", Map.of("Authorization", "Bearer " + token.value(),
                "Accept", "application/vnd.github+json", "X-GitHub-Api-Version", "2022-11-28"), body, draft);
        return new OpenedPullRequest(ReviewProvider.GITHUB, answer.path("number").asLong(),
                URI.create(answer.path("html_url").asString()));
    }
}
