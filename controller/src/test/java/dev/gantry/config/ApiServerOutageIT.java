package dev.gantry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import dev.gantry.deploy.ObjectKey;
import dev.gantry.testing.cluster.ClusterTarget;
import dev.gantry.testing.cluster.RealApiServer;
import dev.gantry.testing.cluster.TestControlPlane;
import dev.gantry.testing.cluster.WithRealApiServer;
import dev.gantry.testing.git.GitOpsWorkspace;
import dev.gantry.testing.registry.DistributionRegistry;
import dev.gantry.testing.registry.WithDistributionRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The API server goes away while {@code gantry serve} is syncing a new release, and comes back:
 * the sync fails with a reason, the old release stays the applied one (nothing is pruned on a
 * failed step), and once the server is back the controller converges on the new release, pruning
 * only then. Needs the project's test control plane, whose API server it can stop and start.
 */
@WithDistributionRegistry
@WithRealApiServer
class ApiServerOutageIT {

    private static final String OLD = "5".repeat(40);
    private static final String NEW = "6".repeat(40);
    private static final int OBJECTS = 300;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    private TestControlPlane controlPlane;
    private boolean apiServerDown;
    private ClusterTarget cluster;
    private RegistryReleases releases;
    private GitOpsWorkspace gitops;
    private RunningController controller;

    @BeforeEach
    void start(DistributionRegistry registry, RealApiServer server) throws Exception {
        assumeThat(server.controlPlane()).as("stopping the API server needs the project's test control plane, not "
                + server.description()).isPresent();
        controlPlane = server.controlPlane().orElseThrow();
        cluster = ClusterTarget.onRealApiServer(server);
        releases = new RegistryReleases(registry);
        gitops = GitOpsWorkspace.create(temp);
        gitops.writeEnvironment("dev", cluster.namespace(), "");
        releases.publish(OLD, "blue", RegistryReleases.sharedAnd(OBJECTS, "only-old"));
        pointTo(OLD, "dev runs the old release");
        controller = RunningController.start(gitops.url(), releases.registry(), temp.resolve("cache"), cluster, "s3cret");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(status().path("appliedRelease").asString()).isEqualTo(OLD));
    }

    @AfterEach
    void stop() {
        if (apiServerDown) {
            controlPlane.startApiServer();
        }
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
    void aSyncCutOffByTheApiServerFailsPrunesNothingAndConvergesWhenItIsBack() throws Exception {
        releases.publish(NEW, "green", RegistryReleases.sharedAnd(OBJECTS, "only-new"));
        pointTo(NEW, "dev runs the new release");

        controller.poll();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(5))
                .until(() -> cluster.configMapValue(RegistryReleases.shared(0), "colour").filter("green"::equals).isPresent());
        controlPlane.stopApiServer(); // part way through: the new release's first ConfigMap is already live
        apiServerDown = true;
        long stopped = System.nanoTime();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(status().path("phase").asString()).isEqualTo("FAILED"));
        JsonNode failed = status();
        assertThat(failed.path("appliedRelease").asString()).as("the old release is still the applied one").isEqualTo(OLD);
        assertThat(failed.path("lastError").asString()).contains("no answer from the API server");
        System.out.printf("[outage] sync failed %.1fs after the API server stopped: %s%n",
                (System.nanoTime() - stopped) / 1e9, failed.path("lastError").asString());

        controlPlane.startApiServer();
        apiServerDown = false;
        long back = System.nanoTime();
        controller.poll();

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(status().path("appliedRelease").asString()).isEqualTo(NEW);
            assertThat(status().path("phase").asString()).isEqualTo("APPLIED");
        });
        System.out.printf("[outage] converged on the new release %.1fs after the API server was back%n",
                (System.nanoTime() - back) / 1e9);
        assertThat(colour("only-new")).isEqualTo("green");
        assertThat(IntStream.range(0, OBJECTS).mapToObj(RegistryReleases::shared).map(this::colour))
                .as("every object of the new release, applied in full").containsOnly("green");
        assertThat(cluster.read(configMap("only-old"))).as("pruned once the new release applied").isEmpty();
    }

    private void pointTo(String release, String message) throws Exception {
        gitops.writePointer("dev", release).commitAndPush(message);
    }

    private JsonNode status() throws Exception {
        return controller.status("dev", "platform", "hello");
    }

    private String colour(String name) {
        return cluster.configMapValue(name, "colour").orElseThrow(() -> new AssertionError("ConfigMap " + name + " does not exist"));
    }

    private ObjectKey configMap(String name) {
        return new ObjectKey("v1", "ConfigMap", cluster.namespace(), name);
    }
}
