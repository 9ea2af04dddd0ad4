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

/** Gitea's (and Forgejo's) REST API: {@code POST /repos/{owner}/{repo}/pulls} with {@code Authorization: token}. */
final class GiteaPullRequests implements PullRequests {

    private final JsonPost post;
    private final ReviewRepository repository;
    private final ReviewToken token;

    GiteaPullRequests(JsonPost post, ReviewRepository repository, ReviewToken token) {
        this.post = post;
        this.repository = repository;
        this.token = token;
    }

    @Override
    public OpenedPullRequest open(PullRequestDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("head", draft.head());
        body.put("base", draft.base());
        body.put("title", draft.title());
        body.put("body", draft.body());
        JsonNode answer = post.send("/repos/" + repository.path() + "/pulls", Map.of("Authorization", "token " + token.value(),
                "Accept", "application/json"), body, draft);
        return new OpenedPullRequest(ReviewProvider.GITEA, answer.path("number").asLong(),
                URI.create(answer.path("html_url").asString()));
    }
}
