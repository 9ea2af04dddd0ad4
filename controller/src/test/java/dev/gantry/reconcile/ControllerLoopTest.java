package dev.gantry.reconcile;

import static dev.gantry.testing.git.GitOpsFiles.environment;
import static dev.gantry.testing.git.GitOpsFiles.environmentPath;
import static dev.gantry.testing.git.GitOpsFiles.pointer;
import static dev.gantry.testing.git.GitOpsFiles.pointerPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gantry.deploy.HealthAssessor;
import dev.gantry.deploy.InMemoryClusterApplier;
import dev.gantry.deploy.Leadership;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.release.Registry;
import dev.gantry.release.oci.OciLayoutArtifactStore;
import dev.gantry.source.InMemoryGitOpsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The controller loop over an in-memory GitOps repository and cluster, run by its sync coordinator. */
class ControllerLoopTest {

    private static final String COMMIT = "c".repeat(40);
    private static final String RELEASE = "1".repeat(40);
    private static final ProjectRef BOOM = new ProjectRef("platform", "boom");

    @TempDir
    Path layout;

    @Test
    void anErrorInOneProjectLeavesTheSyncThreadRunning() {
        ReleaseFixtures releases = new ReleaseFixtures(layout);
        releases.publish(RELEASE, ReleaseFixtures.configMaps("a"));
        InMemoryClusterApplier cluster = new InMemoryClusterApplier();
        AtomicInteger overflows = new AtomicInteger();
        ProjectReconciler reconciler = new ProjectReconciler(registry -> new OciLayoutArtifactStore(), cluster,
                new HealthAssessor()::assess, Clock.systemUTC(), Duration.ofMillis(20), target -> {
                    overflows.incrementAndGet();
                    throw new StackOverflowError("building " + target.project());
                });
        StatusStore statuses = new StatusStore();
        ControllerLoop loop = new ControllerLoop(gitOps(), reconciler, List.of(statuses), releases.registry(),
                (commit, signers) -> { throw new AssertionError("no environment requires signed commits"); });
        List<Thread> syncThreads = new CopyOnWriteArrayList<>();

        try (SyncCoordinator coordinator = new SyncCoordinator(mode -> {
            syncThreads.add(Thread.currentThread());
            loop.accept(mode);
        }, Leadership.ALWAYS)) {
            coordinator.requestSync("first");
            await().atMost(Duration.ofSeconds(20)).until(() -> statuses.project("dev", ReleaseFixtures.PROJECT).isPresent());
            coordinator.requestSync("second");
            await().atMost(Duration.ofSeconds(20)).until(() -> overflows.get() == 2);
        }

        assertThat(statuses.project("dev", BOOM)).hasValueSatisfying(status -> {
            assertThat(status.phase()).isEqualTo("FAILED");
            assertThat(status.lastError()).isEqualTo("reconcile stopped by java.lang.StackOverflowError: building platform/boom");
        });
        assertThat(statuses.project("dev", ReleaseFixtures.PROJECT)).hasValueSatisfying(
                status -> assertThat(status.phase()).isEqualTo("APPLIED"));
        assertThat(cluster.read(new ObjectKey("v1", "ConfigMap", "hello-dev", "a"))).isPresent();
        assertThat(syncThreads).hasSize(2).containsOnly(syncThreads.get(0));
    }

    @Test
    void anEnvironmentRegistryNamingALocalFolderIsInvalidAndNothingIsReadFromIt() {
        ReleaseFixtures releases = new ReleaseFixtures(layout);
        releases.publish(RELEASE, ReleaseFixtures.configMaps("a"));
        InMemoryClusterApplier cluster = new InMemoryClusterApplier();
        StatusStore statuses = new StatusStore();
        String elsewhere = environment("dev", "{project}-{environment}") + "  registry: oci-layout:" + layout + "\n";
        ControllerLoop loop = new ControllerLoop(new InMemoryGitOpsRepository(COMMIT, Map.of(environmentPath("dev"), elsewhere,
                pointerPath("dev", "platform", "hello"), pointer("dev", "hello", RELEASE))),
                new ProjectReconciler(registry -> new OciLayoutArtifactStore(), cluster, new HealthAssessor()::assess,
                        Clock.systemUTC(), Duration.ofMillis(20)), List.of(statuses), Registry.parse("oci-layout:" + layout.resolve("none")),
                (commit, signers) -> { throw new AssertionError("no environment requires signed commits"); });

        loop.runToIdle(SyncMode.FULL);

        assertThat(statuses.project("dev", ReleaseFixtures.PROJECT)).as("the environment is invalid and skipped").isEmpty();
        assertThat(cluster.read(new ObjectKey("v1", "ConfigMap", "hello-dev", "a"))).isEmpty();
    }

    private static InMemoryGitOpsRepository gitOps() {
        return new InMemoryGitOpsRepository(COMMIT, Map.of(
                environmentPath("dev"), environment("dev", "{project}-{environment}"),
                pointerPath("dev", "platform", "boom"), pointer("dev", "boom", RELEASE),
                pointerPath("dev", "platform", "hello"), pointer("dev", "hello", RELEASE)));
    }
}
