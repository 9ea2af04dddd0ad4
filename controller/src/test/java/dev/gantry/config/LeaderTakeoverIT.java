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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code gantry serve} replicas, each its own JVM running the packaged {@code gantry.jar},
 * elect a leader with a Lease on a real API server. Only the leader applies; after {@code kill -9}
 * of the leader (no chance to release the Lease) the standby takes the Lease once it runs out and
 * applies the commit pushed meanwhile.
 */
@WithDistributionRegistry
@WithRealApiServer
class LeaderTakeoverIT {

    private static final String OLD = "7".repeat(40);
    private static final String NEW = "8".repeat(40);
    private static final Duration LEASE = Duration.ofSeconds(6);
    private static final Duration STARTUP = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    private ClusterTarget cluster;
    private RegistryReleases releases;
    private GitOpsWorkspace gitops;
    private ServeProcess first;
    private ServeProcess second;

    @BeforeEach
    void start(DistributionRegistry registry, RealApiServer server) throws Exception {
        Path jar = Path.of(System.getProperty("gantry.jar", "target/gantry.jar"));
        assumeThat(jar).as("gantry.jar is built (mvn package)").isRegularFile();
        cluster = ClusterTarget.onRealApiServer(server);
        releases = new RegistryReleases(registry);
        gitops = GitOpsWorkspace.create(temp);
        gitops.writeEnvironment("dev", cluster.namespace(), "");
        releases.publish(OLD, "blue", "app");
        pointTo(OLD, "dev runs the old release");
        first = ServeProcess.start(jar, "replica-a", arguments(server), temp.resolve("a"), leaderElection("replica-a"));
        second = ServeProcess.start(jar, "replica-b", arguments(server), temp.resolve("b"), leaderElection("replica-b"));
    }

    @AfterEach
    void stop() {
        for (ServeProcess replica : new ServeProcess[] {first, second}) {
            if (replica != null) {
                replica.kill();
            }
        }
        if (gitops != null) {
            gitops.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void theStandbyAppliesTheNextCommitOnceTheKilledLeadersLeaseRunsOut() throws Exception {
        await().atMost(STARTUP).untilAsserted(() -> assertThat(colour()).contains("blue"));
        String holder = holder().orElseThrow();
        ServeProcess leader = holder.startsWith("replica-a-") ? first : second;
        ServeProcess standby = leader == first ? second : first;
        assertThat(standby.log()).as("the standby applies nothing while the leader holds the Lease")
                .doesNotContain("APPLIED in dev");

        releases.publish(NEW, "green", "app");
        leader.kill();
        long killed = System.nanoTime();
        pointTo(NEW, "dev runs the new release");

        await().atMost(LEASE.multipliedBy(5)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(colour()).contains("green"));
        double took = (System.nanoTime() - killed) / 1e9;
        assertThat(holder().orElseThrow()).as("the standby holds the Lease").startsWith(standby.name() + "-");
        assertThat(standby.log()).contains(standby.name() + "-").contains("leads (Lease " + cluster.namespace() + "/gantry-leader)");
        System.out.printf("[ha] %s applied the new commit %.1fs after %s was killed -9 (lease %ss, poll 1s)%n",
                standby.name(), took, leader.name(), LEASE.toSeconds());
    }

    /** Leader election on, in the test's namespace; HOSTNAME starts the replica's Lease identity. */
    private Map<String, String> leaderElection(String name) {
        return Map.of("HOSTNAME", name, "GANTRY_LEADERELECTION_ENABLED", "true",
                "GANTRY_LEADERELECTION_LEASENAMESPACE", cluster.namespace(),
                "GANTRY_LEADERELECTION_LEASEDURATION", LEASE.toSeconds() + "s");
    }

    private List<String> arguments(RealApiServer server) {
        return List.of("serve", "--repo", gitops.url(), "--registry", releases.registry(),
                "--kubeconfig", server.kubeconfig().toString(), "--poll", "1s", "--port", "0");
    }

    private void pointTo(String release, String message) throws Exception {
        gitops.writePointer("dev", release).commitAndPush(message);
    }

    private Optional<String> colour() {
        return cluster.configMapValue("app", "colour");
    }

    private Optional<String> holder() {
        return cluster.read(new ObjectKey("coordination.k8s.io/v1", "Lease", cluster.namespace(), "gantry-leader"))
                .map(lease -> String.valueOf(((Map<?, ?>) lease.get("spec")).get("holderIdentity")));
    }
}
