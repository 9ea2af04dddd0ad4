package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.notes.Note;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gantry demo} end to end in process: real git, Jib into an OCI layout, the controller, the embedded target. */
class DemoCommandIT {

    private static final List<String> ENVIRONMENTS = List.of("dev", "staging", "production");

    @TempDir
    static Path temp;

    private static Path workspace;
    private static CliRun run;

    @BeforeAll
    static void runTheDemo() {
        workspace = temp.resolve("gantry-demo");
        run = CliRun.of("demo", "--workspace", workspace.toString());
    }

    @Test
    void runsToTheEnd() {
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Done in ").contains("Where to look:");
    }

    @Test
    void everyEnvironmentHasAppliedObjects() throws Exception {
        for (String environment : ENVIRONMENTS) {
            Path namespace = workspace.resolve("applied").resolve(environment).resolve("hello-" + environment);
            assertThat(files(namespace)).as(environment).contains("deployment.apps_hello.yaml", "service_hello.yaml",
                    "configmap_hello-greeting.yaml");
            assertThat(workspace.resolve("applied").resolve(environment).resolve("_cluster/namespace_hello-" + environment + ".yaml"))
                    .exists();
        }
    }

    @Test
    void productionCarriesReleaseOneAfterTheRollbackAndItsLaterObjectIsPruned() throws Exception {
        List<String> releases = sourceCommits();
        Path production = workspace.resolve("applied/production/hello-production");

        assertThat(production.resolve("deployment.apps_hello.yaml")).content()
                .contains("gantry.dev/release: " + releases.get(0));
        assertThat(production.resolve("poddisruptionbudget.policy_hello.yaml")).doesNotExist();
        assertThat(workspace.resolve("applied/staging/hello-staging/deployment.apps_hello.yaml")).content()
                .contains("gantry.dev/release: " + releases.get(1));
        assertThat(workspace.resolve("applied/staging/hello-staging/poddisruptionbudget.policy_hello.yaml")).exists();
    }

    @Test
    void tellsEachStepIncludingTheRollback() {
        assertThat(run.out()).contains("builds release 1", "builds release 2", "gantry validate: 3 environments",
                "promote: platform/hello dev -> staging", "promote: platform/hello staging -> production",
                "approve: platform/hello production", "Roll production back to release 1",
                "rollback: platform/hello production", "pruned PodDisruptionBudget hello-production/hello",
                "gantry history platform/hello --env production");
        assertThat(run.out()).containsPattern("\\n   [0-9a-f]{7}  \\S+  rollback ");
    }

    @Test
    void theRemoteHoldsThePointerCommitsAndTheControllersNotes() throws Exception {
        try (Git remote = Git.open(workspace.resolve("gitops.git").toFile())) {
            List<String> subjects = new ArrayList<>();
            for (RevCommit commit : remote.log().call()) {
                subjects.add(commit.getShortMessage());
            }
            assertThat(subjects).anyMatch(subject -> subject.startsWith("promote: platform/hello staging -> production"))
                    .anyMatch(subject -> subject.startsWith("rollback: platform/hello production"))
                    .anyMatch(subject -> subject.startsWith("approve: platform/hello production"));
            List<Note> notes = remote.notesList().setNotesRef("refs/notes/gantry").call();
            assertThat(notes).hasSizeGreaterThanOrEqualTo(4);
            String head = remote.getRepository().resolve("refs/heads/main").name();
            assertThat(notes).anyMatch(note -> note.getName().equals(head));
        }
    }

    @Test
    void refusesTheSameWorkspaceTwiceAndSaysHowToStartAgain() {
        CliRun again = CliRun.of("demo", "--workspace", workspace.toString());

        assertThat(again.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(again.err()).startsWith("gantry: " + workspace + " holds an earlier demo; to start again, delete it");
    }

    @Test
    void refusesAKubeconfigWithoutCluster() {
        CliRun usage = CliRun.of("demo", "--workspace", temp.resolve("unused").toString(), "--kubeconfig", "kc.yaml");

        assertThat(usage.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(usage.err()).contains("--kubeconfig needs --cluster");
        assertThat(temp.resolve("unused")).doesNotExist();
    }

    @Test
    void withAnUnreachableClusterItFailsAsExternalBeforeMakingTheWorkspace() throws Exception {
        Path kubeconfig = temp.resolve("unreachable-kubeconfig.yaml");
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters: [{name: nowhere, cluster: {server: "https://127.0.0.1:1", insecure-skip-tls-verify: true}}]
                users: [{name: nobody, user: {token: not-a-secret}}]
                contexts: [{name: nowhere, context: {cluster: nowhere, user: nobody}}]
                current-context: nowhere
                """);
        Path elsewhere = temp.resolve("cluster-demo");

        CliRun cluster = CliRun.of("demo", "--workspace", elsewhere.toString(), "--cluster", "--kubeconfig", kubeconfig.toString());

        assertThat(cluster.exitCode()).as(cluster.out() + cluster.err()).isEqualTo(ExitCode.EXTERNAL);
        assertThat(cluster.err()).startsWith("gantry: cannot reach the Kubernetes API at https://127.0.0.1:1")
                .doesNotContain("not-a-secret");
        assertThat(elsewhere).doesNotExist();
    }

    private static List<String> sourceCommits() throws Exception {
        List<String> commits = new ArrayList<>();
        try (Git source = Git.open(workspace.resolve("source").toFile())) {
            source.log().call().forEach(commit -> commits.add(0, commit.name()));
        }
        return commits;
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).toList();
        }
    }
}
