package dev.gantry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gantry.deploy.ObjectKey;
import dev.gantry.testing.cluster.ClusterTarget;
import dev.gantry.testing.cluster.RealApiServer;
import dev.gantry.testing.cluster.WithRealApiServer;
import dev.gantry.testing.git.GitOpsWorkspace;
import dev.gantry.testing.registry.DistributionRegistry;
import dev.gantry.testing.registry.WithDistributionRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Health as {@code gantry serve} reports it, judged from what real kube-controller-manager,
 * kube-scheduler and kwok nodes write: a Deployment that rolls out, one whose Pods no node can take,
 * a Job that completes and one that fails, a StatefulSet. Needs a real API server with controllers
 * (the test control plane); the in-memory fake has none, so there is no fallback.
 */
@WithDistributionRegistry
@WithRealApiServer
class HealthOnRealControllersIT {

    private static final String RELEASE = "4".repeat(40);
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private ClusterTarget cluster;
    private RegistryReleases releases;
    private GitOpsWorkspace gitops;
    private RunningController controller;

    @BeforeEach
    void openNamespace(DistributionRegistry registry, RealApiServer server) throws Exception {
        cluster = ClusterTarget.onRealApiServer(server);
        releases = new RegistryReleases(registry);
        gitops = GitOpsWorkspace.create(temp);
        gitops.writeEnvironment("dev", cluster.namespace(), "healthTimeout: " + HEALTH_TIMEOUT.toSeconds() + "s");
    }

    @AfterEach
    void stop() {
        if (controller != null) {
            controller.close();
        }
        if (gitops != null) {
            gitops.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aDeploymentThatRollsOutIsHealthy() throws Exception {
        JsonNode status = deploy(workload("Deployment", "web", "replicas: 3", ""));

        assertThat(status.path("phase").asString()).isEqualTo("APPLIED");
        assertThat(status.path("health").asString()).isEqualTo("HEALTHY");
        assertThat(cluster.read(key("apps/v1", "Deployment", "web")).orElseThrow())
                .extracting(live -> ((Map<?, ?>) live.get("status")).get("availableReplicas")).isEqualTo(3);
    }

    @Test
    void aDeploymentNoNodeCanTakeIsUnhealthyWithinItsTimeoutSayingWhy() throws Exception {
        long started = System.nanoTime();

        JsonNode status = deploy(workload("Deployment", "stuck", "replicas: 1", "nodeSelector: { disk: none }"));

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(status.path("phase").asString()).isEqualTo("UNHEALTHY");
        assertThat(status.path("health").asString()).isEqualTo("PROGRESSING");
        assertThat(status.path("lastError").asString()).contains("not healthy within 20s", "Deployment", "stuck");
        assertThat(status.path("appliedRelease").asString()).as("applied, just not healthy").isEqualTo(RELEASE);
        System.out.printf("[health] unschedulable Deployment reported UNHEALTHY %.1fs after the push (healthTimeout %ss)%n",
                took.toMillis() / 1000.0, HEALTH_TIMEOUT.toSeconds());
    }

    @Test
    void aJobThatCompletesIsHealthy() throws Exception {
        JsonNode status = deploy(job("done", ""));

        assertThat(status.path("phase").asString()).isEqualTo("APPLIED");
        assertThat(status.path("health").asString()).isEqualTo("HEALTHY");
    }

    @Test
    void aJobThatFailsIsDegradedSayingWhy() throws Exception {
        JsonNode status = deploy(job("broken", "gantry.dev/test-outcome: fail"));

        assertThat(status.path("phase").asString()).isEqualTo("UNHEALTHY");
        assertThat(status.path("health").asString()).isEqualTo("DEGRADED");
        assertThat(status.path("lastError").asString()).contains("Job", "broken");
    }

    @Test
    void aStatefulSetThatRollsOutIsHealthy() throws Exception {
        JsonNode status = deploy(workload("StatefulSet", "db", "replicas: 2\n  serviceName: db", ""));

        assertThat(status.path("phase").asString()).isEqualTo("APPLIED");
        assertThat(status.path("health").asString()).isEqualTo("HEALTHY");
    }

    /** Publishes {@code yaml} as the release, points dev at it, starts the controller, and waits for the outcome. */
    private JsonNode deploy(String yaml) throws Exception {
        releases.publishYaml(RELEASE, yaml);
        gitops.writePointer("dev", RELEASE).commitAndPush("dev runs the workload");
        controller = RunningController.start(gitops.url(), releases.registry(), temp.resolve("cache"), cluster, "s3cret");
        await().atMost(HEALTH_TIMEOUT.plusSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String phase = controller.status("dev", "platform", "hello").path("phase").asString();
            return phase.equals("APPLIED") || phase.equals("UNHEALTHY") || phase.equals("FAILED") || phase.equals("REFUSED");
        });
        return controller.status("dev", "platform", "hello");
    }

    private static String workload(String kind, String name, String replicas, String podSpecExtra) {
        return """
                apiVersion: apps/v1
                kind: %1$s
                metadata: { name: %2$s }
                spec:
                  %3$s
                  selector: { matchLabels: { app: %2$s } }
                  template:
                    metadata: { labels: { app: %2$s } }
                    spec:
                      %4$s
                      containers: [{ name: app, image: "registry.example/app:1" }]
                """.formatted(kind, name, replicas, podSpecExtra);
    }

    private static String job(String name, String podLabel) {
        return """
                apiVersion: batch/v1
                kind: Job
                metadata: { name: %s }
                spec:
                  backoffLimit: 0
                  template:
                    metadata: { labels: { %s } }
                    spec:
                      restartPolicy: Never
                      containers: [{ name: task, image: "registry.example/task:1" }]
                """.formatted(name, podLabel);
    }

    private ObjectKey key(String apiVersion, String kind, String name) {
        return new ObjectKey(apiVersion, kind, cluster.namespace(), name);
    }
}
