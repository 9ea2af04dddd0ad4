package dev.gantry.review.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.review.OpenedPullRequest;
import dev.gantry.review.PullRequestDraft;
import dev.gantry.review.ReviewProvider;
import dev.gantry.review.ReviewRepository;
import dev.gantry.review.ReviewSettings;
import dev.gantry.review.ReviewToken;
import dev.gantry.review.ReviewUnavailableException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each adapter against a local HTTP server that checks method, path, auth header and JSON body and answers like the real API. */
class HttpPullRequestsTest {

    private static final String TOKEN = "s3cr3t-t0ken";
    private static final PullRequestDraft DRAFT = new PullRequestDraft("promote/production/platform-hello-90ea00a", "main",
            "promote: platform/hello staging -> production (90ea00a)", "**1 changed**");

    private ReviewApiServer api;

    @BeforeEach
    void startServer() throws Exception {
        api = new ReviewApiServer();
    }

    @AfterEach
    void stopServer() {
        api.close();
    }

    private OpenedPullRequest open(ReviewProvider provider, String apiPath, String remote) {
        ReviewRepository repository = ReviewRepository.fromRemote(remote, new ReviewSettings(provider, api.url(apiPath)));
        ReviewToken token = ReviewToken.fromEnvironment(provider, Map.of(provider.tokenVariables().get(1), TOKEN));
        return HttpPullRequests.forRepository(repository, token).open(DRAFT);
    }

    private ReviewApiServer.Request onlyRequest() {
        assertThat(api.requests()).hasSize(1);
        return api.requests().get(0);
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    @Test
    void opensAGitHubPullRequest() {
        api.answer(201, "{\"number\":42,\"html_url\":\"https://github.com/acme/gitops/pull/42\",\"state\":\"open\"}");

        OpenedPullRequest opened = open(ReviewProvider.GITHUB, "/api/v3", "git@github.com:acme/gitops.git");

        ReviewApiServer.Request request = onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/api/v3/repos/acme/gitops/pulls");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.header("Accept")).isEqualTo("application/vnd.github+json");
        assertThat(request.header("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = json(request.body());
        assertThat(body.get("head").asString()).isEqualTo(DRAFT.head());
        assertThat(body.get("base").asString()).isEqualTo("main");
        assertThat(body.get("title").asString()).isEqualTo(DRAFT.title());
        assertThat(body.get("body").asString()).isEqualTo("**1 changed**");
        assertThat(opened.describe()).isEqualTo("opened pull request #42: https://github.com/acme/gitops/pull/42");
    }

    @Test
    void opensAGitLabMergeRequestInANestedGroup() {
        api.answer(201, "{\"id\":901,\"iid\":7,\"web_url\":\"https://gitlab.com/acme/infra/gitops/-/merge_requests/7\"}");

        OpenedPullRequest opened = open(ReviewProvider.GITLAB, "/api/v4", "https://gitlab.com/acme/infra/gitops.git");

        ReviewApiServer.Request request = onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/api/v4/projects/acme%2Finfra%2Fgitops/merge_requests");
        assertThat(request.header("PRIVATE-TOKEN")).isEqualTo(TOKEN);
        assertThat(request.header("Authorization")).isNull();
        JsonNode body = json(request.body());
        assertThat(body.get("source_branch").asString()).isEqualTo(DRAFT.head());
        assertThat(body.get("target_branch").asString()).isEqualTo("main");
        assertThat(body.get("title").asString()).isEqualTo(DRAFT.title());
        assertThat(body.get("description").asString()).isEqualTo("**1 changed**");
        assertThat(opened.describe())
                .isEqualTo("opened merge request !7: https://gitlab.com/acme/infra/gitops/-/merge_requests/7");
    }

    @Test
    void opensAGiteaPullRequest() {
        api.answer(201, "{\"id\":55,\"number\":3,\"html_url\":\"https://git.example.com/acme/gitops/pulls/3\"}");

        OpenedPullRequest opened = open(ReviewProvider.GITEA, "/api/v1", "https://git.example.com/acme/gitops");

        ReviewApiServer.Request request = onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/api/v1/repos/acme/gitops/pulls");
        assertThat(request.header("Authorization")).isEqualTo("token " + TOKEN);
        JsonNode body = json(request.body());
        assertThat(body.get("head").asString()).isEqualTo(DRAFT.head());
        assertThat(body.get("base").asString()).isEqualTo("main");
        assertThat(body.get("body").asString()).isEqualTo("**1 changed**");
        assertThat(opened.describe()).isEqualTo("opened pull request #3: https://git.example.com/acme/gitops/pulls/3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "401|{\"message\":\"Bad credentials\"}|GitHub refused the token from GITHUB_TOKEN (HTTP 401): it is wrong or expired",
        "403|{\"message\":\"Resource not accessible by integration\"}|GitHub denied opening a pull request in acme/gitops (HTTP 403): the token from GITHUB_TOKEN needs write access to pull requests, or a rate limit was hit: Resource not accessible by integration",
        "404|{\"message\":\"Not Found\"}|GitHub has no repository acme/gitops at http://127.0.0.1:",
        "422|{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"PullRequest\",\"code\":\"custom\",\"message\":\"A pull request already exists for acme:promote/production/platform-hello-90ea00a.\"}]}|GitHub rejected the pull request promote/production/platform-hello-90ea00a -> main (HTTP 422): Validation Failed; A pull request already exists for acme:promote/production/platform-hello-90ea00a.",
        "500|<html>oops</html>|GitHub failed to open a pull request in acme/gitops (HTTP 500): <html>oops</html>"
    })
    void explainsEachRefusalWithoutTheToken(int status, String answer, String message) {
        api.answer(status, answer);

        assertThatThrownBy(() -> open(ReviewProvider.GITHUB, "/api/v3", "https://github.com/acme/gitops.git"))
                .isInstanceOf(ReviewUnavailableException.class)
                .hasMessageStartingWith(message)
                .message().doesNotContain(TOKEN);
    }

    @Test
    void explainsGitLabsListOfMessages() {
        api.answer(409, "{\"message\":[\"Another open merge request already exists for this source branch: !6\"]}");

        assertThatThrownBy(() -> open(ReviewProvider.GITLAB, "/api/v4", "git@gitlab.com:acme/gitops.git"))
                .isInstanceOf(ReviewUnavailableException.class)
                .hasMessageEndingWith("(HTTP 409): Another open merge request already exists for this source branch: !6");
    }

    @Test
    void saysTheHostCannotBeReachedWhenNothingListens() {
        api.close();

        assertThatThrownBy(() -> open(ReviewProvider.GITEA, "/api/v1", "https://git.example.com/acme/gitops"))
                .isInstanceOf(ReviewUnavailableException.class)
                .hasMessageStartingWith("cannot reach Gitea at " + api.url("/api/v1"))
                .message().doesNotContain(TOKEN);
    }
}
