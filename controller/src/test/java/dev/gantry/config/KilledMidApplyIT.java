package dev.gantry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import dev.gantry.deploy.ObjectKey;
import dev.gantry.testing.cluster.ClusterTarget;
import dev.gantry.testing.cluster.RealApiServer;
import dev.gantry.testing.cluster.WithRealApiServer;
import dev.gantry.testing.git.GitOpsWorkspace;
import dev.gantry.testing.registry.DistributionRegistry;
import dev.gantry.testing.registry.WithDistributionRegistry;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of {@code gantry serve} (the packaged jar, in its own JVM) part way through
 * applying a 301-object release, then a restart: the new process converges on the release, writes
 * the right inventory, prunes only what the old release alone held, and leaves alone an object in
 * the namespace it never applied.
 */
@WithDistributionRegistry
@WithRealApiServer
class KilledMidApplyIT {

    private static final String OLD = "9".repeat(40);
    private static final String NEW = "a".repeat(40);
    private static final int OBJECTS = 300;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    private Path jar;
    private RealApiServer server;
    private ClusterTarget cluster;
    private RegistryReleases releases;
    private GitOpsWorkspace gitops;
    private ServeProcess serve;

    @BeforeEach
    void start(DistributionRegistry registry, RealApiServer server) throws Exception {
        jar = Path.of(System.getProperty("gantry.jar", "target/gantry.jar"));
        assumeThat(jar).as("gantry.jar is built (mvn package)").isRegularFile();
        this.server = server;
        cluster = ClusterTarget.onRealApiServer(server);
        releases = new RegistryReleases(registry);
        gitops = GitOpsWorkspace.create(temp);
        gitops.writeEnvironment("dev", cluster.namespace(), "");
        releases.publish(OLD, "blue", RegistryReleases.sharedAnd(OBJECTS, "only-old"));
        pointTo(OLD, "dev runs the old release");
        serve = start("first");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(colour("only-old")).isEqualTo("blue"));
    }

    @AfterEach
    void stop() {
        if (serve != null) {
            serve.kill();
        }
        if (gitops != null) {
            gitops.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aRestartAfterKillMinus9MidApplyConvergesAndPrunesOnlyWhatTheOldReleaseAloneHeld() throws Exception {
        try (KubernetesClient client = new KubernetesClientBuilder()
                .withConfig(Config.fromKubeconfig(Files.readString(server.kubeconfig()))).build()) {
            client.configMaps().inNamespace(cluster.namespace()).resource(new ConfigMapBuilder()
                    .withNewMetadata().withName("not-gantrys").endMetadata().addToData("colour", "red").build()).create();
        }
        releases.publish(NEW, "green", RegistryReleases.sharedAnd(OBJECTS, "only-new"));
        pointTo(NEW, "dev runs the new release");

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(5)).until(() -> "green".equals(colourOrNull(RegistryReleases.shared(0))));
        serve.kill();
        long greenAtKill = IntStream.range(0, OBJECTS).mapToObj(RegistryReleases::shared)
                .filter(name -> "green".equals(colourOrNull(name))).count();
        assertThat(greenAtKill).as("killed part way through the apply").isLessThan(OBJECTS);
        assertThat(colour("only-old")).as("nothing pruned by the killed sync").isEqualTo("blue");

        long restarted = System.nanoTime();
        serve = start("second");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(colourOrNull("only-old")).isNull());
        System.out.printf("[kill -9] killed with %d of %d shared objects updated; the restarted process converged %.1fs after it started%n",
                greenAtKill, OBJECTS, (System.nanoTime() - restarted) / 1e9);

        assertThat(IntStream.range(0, OBJECTS).mapToObj(RegistryReleases::shared).map(this::colour))
                .as("every object of the new release").containsOnly("green");
        assertThat(colour("only-new")).isEqualTo("green");
        assertThat(colour("not-gantrys")).as("an object gantry never applied").isEqualTo("red");
        String inventory = String.valueOf(cluster.read(configMap("gantry-inventory.dev.platform.hello")).orElseThrow().get("data"));
        assertThat(inventory).contains("only-new", RegistryReleases.shared(OBJECTS - 1)).doesNotContain("only-old", "not-gantrys");
    }

    private ServeProcess start(String name) throws Exception {
        return ServeProcess.start(jar, name, List.of("serve", "--repo", gitops.url(), "--registry", releases.registry(),
                "--kubeconfig", server.kubeconfig().toString(), "--poll", "1s", "--port", "0"), temp.resolve("serve"), Map.of());
    }

    private void pointTo(String release, String message) throws Exception {
        gitops.writePointer("dev", release).commitAndPush(message);
    }

    private String colour(String name) {
        String colour = colourOrNull(name);
        assertThat(colour).as("ConfigMap " + name + " exists").isNotNull();
        return colour;
    }

    private String colourOrNull(String name) {
        return cluster.configMapValue(name, "colour").orElse(null);
    }

    private ObjectKey configMap(String name) {
        return new ObjectKey("v1", "ConfigMap", cluster.namespace(), name);
    }
}
