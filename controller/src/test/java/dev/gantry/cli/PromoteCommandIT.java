package dev.gantry.cli;

import static dev.gantry.cli.GitOpsScenario.DEV_RELEASE;
import static dev.gantry.cli.GitOpsScenario.DIGEST;
import static dev.gantry.cli.GitOpsScenario.PRODUCTION_POINTER;
import static dev.gantry.cli.GitOpsScenario.STAGING_POINTER;
import static dev.gantry.cli.GitOpsScenario.STAGING_RELEASE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PromoteCommandIT {

    private static final String BRANCH = "promote/staging/platform-hello-" + DEV_RELEASE.substring(0, 7);

    @TempDir
    Path temp;

    private GitOpsScenario scenario;

    @BeforeEach
    void createRepository() throws Exception {
        scenario = GitOpsScenario.create(temp);
        scenario.recordHealthy(scenario.seed(), "dev", DEV_RELEASE);
    }

    @AfterEach
    void close() {
        scenario.close();
    }

    @Test
    void makesOneBranchWithOneCommitThatChangesOnlyTheTargetPointerInAFewLinesKeepingComments() throws Exception {
        scenario.repo().write("README.md", "an unrelated edit, staged\n");
        scenario.repo().git().add().addFilepattern("README.md").call();
        scenario.repo().write("notes.txt", "an untracked file\n");
        ObjectId before = scenario.repo().repository().resolve(Constants.HEAD);

        CliRun run = scenario.gantry("promote", "platform/hello", "--from", "dev", "--to", "staging", "--push");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("promote: platform/hello dev -> staging (" + DEV_RELEASE.substring(0, 7) + ")")
                .contains("pushed " + BRANCH + " to origin");
        Repository remote = scenario.repo().remote();
        RevCommit commit = commitAt(remote, BRANCH);
        assertThat(commit.getParents()).extracting(ObjectId::copy).containsExactly(before);
        assertThat(changedPaths(remote, commit)).containsExactly(STAGING_POINTER);
        assertThat(changedLines(remote, commit)).hasSizeBetween(6, 12);
        assertThat(commit.getFooterLines("Gantry-Release")).containsExactly(DEV_RELEASE);
        assertThat(commit.getFooterLines("Gantry-From")).containsExactly("dev");
        assertThat(commit.getFooterLines("Gantry-Environment")).containsExactly("staging");
        assertThat(commit.getAuthorIdent().getEmailAddress()).isEqualTo("dev@example.com");
        String promoted = scenario.repo().read(STAGING_POINTER);
        assertThat(promoted).startsWith("# hello in staging: comments stay where they are\n")
                .contains("release: \"" + DEV_RELEASE + "\"  # the release running here\n")
                .contains(DIGEST).contains("numeric: 42").contains("tag: v1.1.0").contains("deployedBy: dev@example.com")
                .doesNotContain("2026-01-01T00:00:00Z");
        assertThat(scenario.repo().repository().getBranch()).isEqualTo(BRANCH);
        assertThat(scenario.repo().git().status().call().getAdded()).isEmpty();
        assertThat(scenario.repo().git().status().call().getChanged()).containsExactly("README.md");
        assertThat(scenario.repo().git().status().call().getUntracked()).contains("notes.txt");
    }

    @Test
    void createsTheTargetPointerFromTheSourceWhenItIsMissingAndPrintsJson() throws Exception {
        CliRun run = scenario.gantry("promote", "platform/hello", "--from", "staging", "--to", "production",
                "--allow-unverified", "--output", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.path("branch").stringValue()).isEqualTo("promote/production/platform-hello-" + STAGING_RELEASE.substring(0, 7));
        assertThat(json.path("trailers").path("Gantry-Environment").stringValue()).isEqualTo("production");
        String created = scenario.repo().read(PRODUCTION_POINTER);
        assertThat(created).startsWith("# hello in staging: comments stay where they are\n")
                .contains("environment: production\n").contains(STAGING_RELEASE).doesNotContain("approvedBy");
    }

    @Test
    void refusesATargetThatDoesNotPromoteFromTheSourceUnlessForcedAndRecordsTheReason() throws Exception {
        CliRun refused = scenario.gantry("promote", "platform/hello", "--from", "dev", "--to", "production");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(refused.err()).startsWith("gantry: production promotes from staging, not dev");
        assertThat(Files.exists(scenario.repo().workTree().resolve(PRODUCTION_POINTER))).isFalse();

        CliRun forced = scenario.gantry("promote", "platform/hello", "--from", "dev", "--to", "production",
                "--force", "hotfix for incident 42");

        assertThat(forced.exitCode()).as(forced.err()).isEqualTo(ExitCode.OK);
        RevCommit commit = commitAt(scenario.repo().repository(), Constants.HEAD);
        assertThat(commit.getFooterLines("Gantry-Override")).containsExactly("hotfix for incident 42");
    }

    @Test
    void refusesAReleaseWithoutAHealthyRecordInTheSourceUnlessAllowedUnverified() throws Exception {
        CliRun refused = scenario.gantry("promote", "platform/hello", "--from", "staging", "--to", "production");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(refused.err()).contains("has no healthy deployment record in staging").contains("--allow-unverified");
        assertThat(scenario.repo().repository().getBranch()).isEqualTo("main");
    }

    @Test
    void refusesWhenTheTargetPointerHasUncommittedChanges() throws Exception {
        scenario.repo().write(STAGING_POINTER, GitOpsScenario.STAGING_TEXT + "# a local edit\n");

        CliRun run = scenario.gantry("promote", "platform/hello", "--from", "dev", "--to", "staging");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).startsWith("gantry: " + STAGING_POINTER + " has uncommitted changes");
    }

    @Test
    void refusesAReleaseTheTargetAlreadyRunsAndAnUnknownEnvironment() {
        assertThat(scenario.gantry("promote", "platform/hello", "--from", "dev", "--to", "qa").err())
                .startsWith("gantry: environment 'qa' does not exist");
        CliRun same = scenario.gantry("promote", "platform/hello", "--from", "dev", "--to", "dev", "--allow-unverified");
        assertThat(same.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(same.err()).contains("already runs platform/hello");
    }

    @Test
    void promoteRefusesABranchNameGitWouldReject() throws Exception {
        ObjectId before = scenario.repo().repository().resolve(Constants.HEAD);

        CliRun run = scenario.gantry("promote", "platform/hello", "--from", "dev", "--to", "staging",
                "--branch", "../../../../escaped");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Invalid value for option '--branch': '../../../../escaped' is not a valid git "
                + "branch name: it must not be HEAD, start with '-' or 'refs/', and git must accept "
                + "'refs/heads/../../../../escaped'");
        assertThat(temp.resolve("escaped")).as("nothing written outside the repository").doesNotExist();
        assertThat(scenario.repo().repository().resolve(Constants.HEAD)).isEqualTo(before);
        assertThat(scenario.repo().repository().getBranch()).isEqualTo("main");
    }

    @Test
    void promoteRefusesAnEnvironmentNameThatLeavesTheRepository() {
        CliRun run = scenario.gantry("promote", "platform/hello", "--from", "dev", "--to", "../../staging");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Invalid value for option '--to': '../../staging' is not an environment name");
    }

    @Test
    void treatsABadProjectAsAUsageError() {
        assertThat(scenario.gantry("promote", "hello", "--from", "dev", "--to", "staging").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void treatsAnSshKeyWithoutKnownHostsAsAUsageErrorBeforeCommitting() throws Exception {
        CliRun run = scenario.gantryWith(Map.of("GANTRY_GIT_SSHKEY", temp.resolve("id_ed25519").toString()),
                "promote", "platform/hello", "--from", "dev", "--to", "staging");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("GANTRY_GIT_KNOWNHOSTS");
        assertThat(scenario.repo().repository().getBranch()).isEqualTo("main");
    }

    static RevCommit commitAt(Repository repository, String revision) throws Exception {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(repository.resolve(revision));
        }
    }

    static List<String> changedPaths(Repository repository, RevCommit commit) throws Exception {
        try (DiffFormatter diff = new DiffFormatter(new ByteArrayOutputStream())) {
            diff.setRepository(repository);
            return diff.scan(parentTree(repository, commit), commit.getTree()).stream().map(DiffEntry::getNewPath).toList();
        }
    }

    private static ObjectId parentTree(Repository repository, RevCommit commit) throws Exception {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(commit.getParent(0)).getTree();
        }
    }

    /** The added and removed lines of the commit's diff to its first parent. */
    static List<String> changedLines(Repository repository, RevCommit commit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter diff = new DiffFormatter(out)) {
            diff.setRepository(repository);
            diff.format(parentTree(repository, commit), commit.getTree());
        }
        return out.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.matches("[-+][^-+].*")).toList();
    }
}
