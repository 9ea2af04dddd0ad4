package dev.gantry.review.http;

import dev.gantry.review.OpenedPullRequest;
import dev.gantry.review.PullRequestDraft;
import dev.gantry.review.PullRequests;
import dev.gantry.review.ReviewProvider;
import dev.gantry.review.ReviewRepository;
import dev.gantry.review.ReviewToken;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** GitLab's REST API: {@code POST /projects/{url-encoded path}/merge_requests} with {@code PRIVATE-TOKEN}. */
final class GitLabMergeRequests implements PullRequests {

    private final JsonPost post;
    private final ReviewRepository repository;
    private final ReviewToken token;

    GitLabMergeRequests(JsonPost post, ReviewRepository repository, ReviewToken token) {
        this.post = post;
        this.repository = repository;
        this.token = token;
    }

    @Override
    public OpenedPullRequest open(PullRequestDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source_branch", draft.head());
        body.put("target_branch", draft.base());
        body.put("title", draft.title());
        body.put("description", draft.body());
        String project = URLEncoder.encode(repository.path(), StandardCharsets.UTF_8);
        JsonNode answer = post.send("/projects/" + project + "/merge_requests", Map.of("PRIVATE-TOKEN", token.value(),
                "Accept", "application/json"), body, draft);
        return new OpenedPullRequest(ReviewProvider.GITLAB, answer.path("iid").asLong(),
                URI.create(answer.path("web_url").asString()));
    }
}
