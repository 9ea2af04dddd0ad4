package dev.gantry.cli;

import static dev.gantry.cli.GitOpsScenario.DEV_RELEASE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.testing.git.SmartHttpGitServer;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line reaches an https-style remote with the token from {@code GANTRY_GIT_TOKEN}, as
 * {@code gantry serve} does, to fetch the controller's records and push the branch; served by the
 * in-process JGit smart-HTTP server behind basic authentication. No credential is ever printed.
 */
class PromoteWithGitTokenIT {

    private static final String TOKEN = "glpat-t0ken-for-this-test-only";
    private static final String BRANCH = "promote/staging/platform-hello-" + DEV_RELEASE.substring(0, 7);

    @TempDir
    Path temp;

    private GitOpsScenario scenario;
    private SmartHttpGitServer server;

    @BeforeEach
    void serveTheRemote() throws Exception {
        scenario = GitOpsScenario.create(temp);
        scenario.recordHealthyOnRemote(scenario.seed(), "dev", DEV_RELEASE);
        server = SmartHttpGitServer.start(temp, "git", TOKEN);
        scenario.originUrl(server.url("remote.git"));
    }

    @AfterEach
    void stop() {
        server.close();
        scenario.close();
    }

    @Test
    void fetchesTheRecordsAndPushesTheBranchWithTheTokenFromTheEnvironment() throws Exception {
        CliRun run = scenario.gantryWith(Map.of("GANTRY_GIT_TOKEN", TOKEN),
                "promote", "platform/hello", "--from", "dev", "--to", "staging", "--push");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("pushed " + BRANCH + " to origin").doesNotContain(TOKEN);
        assertThat(scenario.remoteBranch(BRANCH)).isEqualTo(scenario.repo().repository().resolve(Constants.HEAD));
        assertThat(scenario.localRecordEnvironments(scenario.seed())).containsExactly("dev");
        assertThat(server.requests()).contains("POST /remote.git/git-upload-pack 200", "POST /remote.git/git-receive-pack 200");
    }

    @Test
    void withoutATokenTheFetchIsAnExternalFailureAndNothingIsCommitted() throws Exception {
        CliRun run = scenario.gantry("promote", "platform/hello", "--from", "dev", "--to", "staging", "--push");

        assertThat(run.exitCode()).isEqualTo(ExitCode.EXTERNAL);
        assertThat(run.err()).startsWith("gantry: cannot fetch refs/notes/gantry from origin (" + server.url("remote.git") + "): ");
        assertThat(scenario.repo().repository().getBranch()).isEqualTo("main");
    }

    @Test
    void aWrongTokenOrAPasswordInTheUrlIsNeverPrinted() throws Exception {
        String wrong = "glpat-wrong-t0ken-never-printed";
        CliRun wrongToken = scenario.gantryWith(Map.of("GANTRY_GIT_TOKEN", wrong),
                "promote", "platform/hello", "--from", "dev", "--to", "staging");
        scenario.originUrl(server.url("remote.git").replace("http://", "http://git:" + wrong + "@"));
        CliRun inUrl = scenario.gantry("history", "platform/hello", "--env", "dev");

        assertThat(wrongToken.exitCode()).isEqualTo(ExitCode.EXTERNAL);
        assertThat(inUrl.exitCode()).isEqualTo(ExitCode.EXTERNAL);
        assertThat(wrongToken.err() + wrongToken.out() + inUrl.err() + inUrl.out()).doesNotContain(wrong).doesNotContain(TOKEN);
        assertThat(inUrl.err()).contains("(" + server.url("remote.git") + ")");
    }

    @Test
    void historyFetchesWithTheTokenToo() {
        CliRun run = scenario.gantryWith(Map.of("GANTRY_GIT_TOKEN", TOKEN), "history", "platform/hello", "--env", "dev");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(1)).contains("APPLIED");
    }
}
