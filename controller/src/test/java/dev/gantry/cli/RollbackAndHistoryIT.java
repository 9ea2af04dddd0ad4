package dev.gantry.cli;

import static dev.gantry.cli.GitOpsScenario.DEV_POINTER;
import static dev.gantry.cli.GitOpsScenario.DEV_RELEASE;
import static dev.gantry.cli.GitOpsScenario.STAGING_POINTER;
import static dev.gantry.cli.GitOpsScenario.STAGING_RELEASE;
import static dev.gantry.testing.git.GitOpsFiles.pointerPath;
import static dev.gantry.testing.git.GitOpsFiles.release;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.audit.AuditResult;
import dev.gantry.testing.git.GitOpsClone;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RollbackAndHistoryIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROMOTE_BRANCH = "promote/staging/platform-hello-" + DEV_RELEASE.substring(0, 7);

    @TempDir
    Path temp;

    private GitOpsScenario scenario;
    private GitOpsClone repo;

    @BeforeEach
    void promoteDevToStagingAndMerge() throws Exception {
        scenario = GitOpsScenario.create(temp);
        repo = scenario.repo();
        scenario.recordHealthy(scenario.seed(), "dev", DEV_RELEASE);
        assertThat(scenario.gantry("promote", "platform/hello", "--from", "dev", "--to", "staging").exitCode()).isZero();
        repo.checkout(GitOpsClone.MAIN);
        repo.write("README.md", "main moved on\n").commit("unrelated change on main");
        repo.merge(PROMOTE_BRANCH, "Merge the promotion of hello to staging");
    }

    @AfterEach
    void close() {
        scenario.close();
    }

    @Test
    void rollbackPointsBackAndHistoryListsBothWithAuthorAndRelease() throws Exception {
        scenario.recordHealthy(scenario.seed(), "staging", STAGING_RELEASE);
        repo.identity("Carol", "carol@example.com");

        CliRun rollback = scenario.gantry("rollback", "platform/hello", "--env", "staging");

        assertThat(rollback.exitCode()).as(rollback.err()).isZero();
        assertThat(rollback.out()).startsWith("rollback: platform/hello staging " + DEV_RELEASE.substring(0, 7) + " -> "
                + STAGING_RELEASE.substring(0, 7));
        assertThat(repo.read(STAGING_POINTER)).contains(STAGING_RELEASE).contains("tag: v1.0.0")
                .doesNotContain("digest").doesNotContain("numeric").contains("deployedBy: carol@example.com")
                .startsWith("# hello in staging: comments stay where they are\n");
        RevCommit commit = PromoteCommandIT.commitAt(repo.repository(), Constants.HEAD);
        assertThat(PromoteCommandIT.changedPaths(repo.repository(), commit)).containsExactly(STAGING_POINTER);
        assertThat(commit.getFooterLines("Gantry-Release")).containsExactly(STAGING_RELEASE);

        CliRun history = scenario.gantry("history", "platform/hello", "--env", "staging", "--output", "json");

        assertThat(history.exitCode()).as(history.err()).isZero();
        JsonNode entries = JSON.readTree(history.out());
        assertThat(entries).hasSize(3);
        assertThat(field(entries, "kind")).containsExactly("rollback", "promote", "manual");
        assertThat(field(entries, "author")).containsExactly("carol@example.com", "dev@example.com", "dev@example.com");
        assertThat(field(entries, "release")).containsExactly(STAGING_RELEASE, DEV_RELEASE, STAGING_RELEASE);
        assertThat(entries.get(1).path("from").stringValue()).isEqualTo("dev");
        assertThat(entries.get(0).path("signature").stringValue()).isEqualTo("unsigned");
        assertThat(entries.get(2).path("deployments").get(0).path("result").stringValue()).isEqualTo("APPLIED");
        assertThat(entries.get(2).path("deployments").get(0).path("digest").stringValue()).isEqualTo(GitOpsScenario.DIGEST);
    }

    @Test
    void refusesAReleaseNeverDeployedHealthyThereUnlessForced() throws Exception {
        scenario.record(scenario.seed(), "staging", STAGING_RELEASE, AuditResult.FAILED);

        CliRun refused = scenario.gantry("rollback", "platform/hello", "--env", "staging");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(refused.err()).contains("was never deployed healthy in staging").contains("--force");
        CliRun forced = scenario.gantry("rollback", "platform/hello", "--env", "staging", "--to",
                STAGING_RELEASE.substring(0, 7), "--force", "the new release leaks memory");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(PromoteCommandIT.commitAt(repo.repository(), Constants.HEAD).getFooterLines("Gantry-Override"))
                .containsExactly("the new release leaks memory");
    }

    @Test
    void refusesWhenThereIsNoSuchEarlierRelease() {
        CliRun tooFar = scenario.gantry("rollback", "platform/hello", "--env", "staging", "--steps", "2", "--force", "x");
        assertThat(tooFar.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(tooFar.err()).contains("no earlier release of platform/hello in staging matches 2 releases back");
        assertThat(scenario.gantry("rollback", "platform/hello", "--env", "staging", "--to", "xyz").exitCode())
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void rollsBackAcrossARenameUsingTheHealthRecordUnderTheOldName() throws Exception {
        String oldPath = pointerPath("dev", "platform", "hi");
        RevCommit first = repo.write(oldPath, GitOpsScenario.devPointer(release(1)).replace("name: hello", "name: hi"))
                .delete(DEV_POINTER).commit("hello was called hi");
        scenario.recordHealthy(first, "dev", release(1));
        repo.write(oldPath, GitOpsScenario.devPointer(release(2)).replace("name: hello", "name: hi")).commit("bump hi");
        repo.move(oldPath, DEV_POINTER).write(DEV_POINTER, GitOpsScenario.devPointer(release(2))).commit("rename hi to hello");

        CliRun run = scenario.gantry("rollback", "platform/hello", "--env", "dev", "--output", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).path("release").stringValue()).isEqualTo(release(1));
        assertThat(repo.read(DEV_POINTER)).contains("name: hello").contains(release(1));
    }

    @Test
    void historyReadsABareCloneAsTableAndCsv() throws Exception {
        repo.push(GitOpsClone.MAIN);
        Path bare = temp.resolve("audit.git");
        Git.cloneRepository().setBare(true).setURI(repo.remoteFolder().toUri().toString()).setDirectory(bare.toFile()).call().close();

        CliRun table = CliRun.withEnvironment(Map.of(), "history", "platform/hello", "--env", "staging", "--repo", bare.toString());
        CliRun csv = CliRun.withEnvironment(Map.of(), "history", "platform/hello", "--env", "staging", "--repo", bare.toString(),
                "--output", "csv");

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.outLines()).hasSize(3);
        assertThat(table.outLines().get(0)).startsWith("COMMIT").contains("KIND").contains("SIGNATURE");
        assertThat(table.outLines().get(1)).contains("promote").contains(DEV_RELEASE.substring(0, 7)).contains("dev@example.com");
        assertThat(csv.out().split("\r\n")).hasSize(3);
        assertThat(csv.out()).startsWith("commit,date,kind,from,release,author,committer,approvals,signature,deployed\r\n");
    }

    private static List<String> field(JsonNode entries, String name) {
        return entries.valueStream().map(entry -> entry.path(name).stringValue()).toList();
    }
}
