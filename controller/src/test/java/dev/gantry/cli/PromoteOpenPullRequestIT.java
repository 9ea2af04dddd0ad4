package dev.gantry.cli;

import static dev.gantry.cli.GitOpsScenario.DEV_RELEASE;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.gantry.testing.git.SmartHttpGitServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code gantry promote --push --open-pr}: the branch goes to an https remote (the in-process JGit
 * server) and one merge request is opened through a local server that answers like GitLab's API
 * and checks what it is sent.
 */
class PromoteOpenPullRequestIT {

    private static final String GIT_TOKEN = "git-t0ken-for-this-test";
    private static final String REVIEW_TOKEN = "glpat-review-t0ken-for-this-test";
    private static final String BRANCH = "promote/staging/platform-hello-" + DEV_RELEASE.substring(0, 7);

    @TempDir
    Path temp;

    private GitOpsScenario scenario;
    private SmartHttpGitServer git;
    private HttpServer gitlab;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private record Request(String method, String path, String token, JsonNode body) {
    }

    @BeforeEach
    void serve() throws Exception {
        scenario = GitOpsScenario.create(temp);
        scenario.recordHealthyOnRemote(scenario.seed(), "dev", DEV_RELEASE);
        git = SmartHttpGitServer.start(temp, "git", GIT_TOKEN);
        scenario.originUrl(git.url("remote.git"));
        gitlab = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gitlab.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("PRIVATE-TOKEN"), JsonMapper.builder().build().readTree(body)));
            byte[] answer = "{\"iid\": 7, \"web_url\": \"https://gitlab.example.com/remote/-/merge_requests/7\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        gitlab.start();
    }

    @AfterEach
    void stop() {
        gitlab.stop(0);
        git.close();
        scenario.close();
    }

    @Test
    void pushesTheBranchAndOpensOneMergeRequestToTheCurrentBranch() throws IOException {
        CliRun run = scenario.gantryWith(environment(), "promote", "platform/hello", "--from", "dev", "--to", "staging",
                "--push", "--open-pr");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("pushed " + BRANCH + " to origin")
                .contains("opened merge request !7: https://gitlab.example.com/remote/-/merge_requests/7")
                .doesNotContain(REVIEW_TOKEN);
        assertThat(requests).hasSize(1);
        Request request = requests.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/v4/projects/remote/merge_requests");
        assertThat(request.token()).isEqualTo(REVIEW_TOKEN);
        assertThat(request.body().path("source_branch").asString()).isEqualTo(BRANCH);
        assertThat(request.body().path("target_branch").asString()).isEqualTo("main");
        assertThat(request.body().path("title").asString())
                .isEqualTo("promote: platform/hello dev -> staging (" + DEV_RELEASE.substring(0, 7) + ")");
        assertThat(request.body().path("description").asString())
                .contains("gantry diff platform/hello --from dev --to staging");
    }

    @Test
    void openPrWithoutPushIsAUsageErrorAndCommitsNothing() throws Exception {
        CliRun run = scenario.gantryWith(environment(), "promote", "platform/hello", "--from", "dev", "--to", "staging",
                "--open-pr");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--open-pr needs --push");
        assertThat(scenario.repo().repository().getBranch()).isEqualTo("main");
        assertThat(requests).isEmpty();
    }

    private Map<String, String> environment() {
        return Map.of("GANTRY_GIT_TOKEN", GIT_TOKEN, "GANTRY_REVIEW_PROVIDER", "gitlab",
                "GANTRY_REVIEW_API_URL", "http://127.0.0.1:" + gitlab.getAddress().getPort() + "/api/v4",
                "GANTRY_GITLAB_TOKEN", REVIEW_TOKEN);
    }
}
