package dev.gantry.cli;

import static dev.gantry.cli.GitOpsScenario.DEV_POINTER;
import static dev.gantry.cli.GitOpsScenario.DEV_RELEASE;
import static dev.gantry.cli.GitOpsScenario.STAGING_RELEASE;
import static dev.gantry.testing.git.GitOpsFiles.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Promote, rollback and history fetch the controller's records ({@code refs/notes/gantry}) from a
 * bare remote whose notes the clone lacks, since git does not fetch notes by default.
 */
class DeploymentRecordsFetchIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    private GitOpsScenario scenario;

    @BeforeEach
    void createRepository() throws Exception {
        scenario = GitOpsScenario.create(temp);
    }

    @AfterEach
    void close() {
        scenario.close();
    }

    @Test
    void promoteFetchesTheRemotesRecordsThatTheCloneLacks() {
        scenario.recordHealthyOnRemote(scenario.seed(), "dev", DEV_RELEASE);
        assertThat(scenario.localRecordEnvironments(scenario.seed())).isEmpty();

        CliRun run = scenario.gantry("promote", "platform/hello", "--from", "dev", "--to", "staging");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(scenario.localRecordEnvironments(scenario.seed())).containsExactly("dev");
    }

    @Test
    void mergesDivergedRecordsKeepingTheLocalOnesTheRemoteLacks() {
        scenario.recordHealthy(scenario.seed(), "staging", STAGING_RELEASE);
        scenario.recordHealthyOnRemote(scenario.seed(), "dev", DEV_RELEASE);

        CliRun promote = scenario.gantry("promote", "platform/hello", "--from", "dev", "--to", "staging");
        scenario.recordHealthy(scenario.seed(), "production", STAGING_RELEASE);
        CliRun history = scenario.gantry("history", "platform/hello", "--env", "dev");

        assertThat(promote.exitCode()).as(promote.err()).isEqualTo(ExitCode.OK);
        assertThat(history.exitCode()).as(history.err()).isEqualTo(ExitCode.OK);
        assertThat(scenario.localRecordEnvironments(scenario.seed())).containsExactlyInAnyOrder("dev", "staging", "production");
    }

    @Test
    void offlineSkipsTheFetchAndSaysSo() {
        scenario.recordHealthyOnRemote(scenario.seed(), "dev", DEV_RELEASE);

        CliRun run = scenario.gantry("promote", "platform/hello", "--from", "dev", "--to", "staging", "--offline");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).startsWith("gantry: --offline: not fetching refs/notes/gantry from origin")
                .contains("has no healthy deployment record in dev");
        assertThat(scenario.localRecordEnvironments(scenario.seed())).isEmpty();
    }

    @Test
    void anUnreachableRemoteIsAnExternalFailureUnlessOffline() throws Exception {
        scenario.recordHealthy(scenario.seed(), "dev", DEV_RELEASE);
        scenario.originUrl(temp.resolve("gone.git").toUri().toString());

        CliRun unreachable = scenario.gantry("promote", "platform/hello", "--from", "dev", "--to", "staging");

        assertThat(unreachable.exitCode()).isEqualTo(ExitCode.EXTERNAL);
        assertThat(unreachable.err()).startsWith("gantry: cannot fetch refs/notes/gantry from origin (")
                .contains("gone.git").contains("pass --offline");
        assertThat(unreachable.err().lines().count()).isOne();
        assertThat(scenario.repo().repository().getBranch()).isEqualTo("main");

        CliRun offline = scenario.gantry("promote", "platform/hello", "--from", "dev", "--to", "staging", "--offline");

        assertThat(offline.exitCode()).as(offline.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void readsTheClonesOwnRecordsWhenItHasNoSuchRemote() throws Exception {
        scenario.recordHealthy(scenario.seed(), "dev", DEV_RELEASE);

        CliRun run = scenario.gantry("promote", "platform/hello", "--from", "dev", "--to", "staging", "--remote", "upstream");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).startsWith("gantry: no remote upstream: reading the clone's own deployment records");
    }

    @Test
    void rollbackFetchesTheRecordOfTheTargetRelease() throws Exception {
        scenario.repo().write(DEV_POINTER, GitOpsScenario.devPointer(release(12))).commit("bump dev");
        scenario.recordHealthyOnRemote(scenario.seed(), "dev", DEV_RELEASE);

        CliRun run = scenario.gantry("rollback", "platform/hello", "--env", "dev", "--output", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(JSON.readTree(run.out()).path("release").stringValue()).isEqualTo(DEV_RELEASE);
    }

    @Test
    void historyShowsTheRemotesRecordsUnlessOffline() {
        scenario.recordHealthyOnRemote(scenario.seed(), "dev", DEV_RELEASE);

        JsonNode offline = JSON.readTree(scenario.gantry("history", "platform/hello", "--env", "dev", "--output", "json",
                "--offline").out());
        JsonNode fetched = JSON.readTree(scenario.gantry("history", "platform/hello", "--env", "dev", "--output", "json").out());

        assertThat(offline.path(0).path("deployments").size()).isZero();
        assertThat(fetched.path(0).path("deployments").path(0).path("result").stringValue()).isEqualTo("APPLIED");
    }

    @Test
    void historyOnAMirrorCloneReadsTheNotesItCarries() throws Exception {
        scenario.recordHealthyOnRemote(scenario.seed(), "dev", DEV_RELEASE);
        Path mirror = temp.resolve("audit.git");
        Git.cloneRepository().setBare(true).setMirror(true).setURI(scenario.repo().remoteFolder().toUri().toString())
                .setDirectory(mirror.toFile()).call().close();

        CliRun run = CliRun.withEnvironment(Map.of(), "history", "platform/hello", "--env", "dev",
                "--output", "json", "--offline", "--repo", mirror.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(JSON.readTree(run.out()).path(0).path("deployments").size()).isOne();
    }
}
