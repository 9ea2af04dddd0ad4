package dev.gantry.deploy.fabric8;

import dev.gantry.deploy.Leadership;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfigBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leader election with a Kubernetes Lease (Fabric8's LeaderElector): renews every fifth of the
 * lease, gives up after two thirds of it, and releases the lease on close so a standby takes over
 * at once rather than after the lease runs out.
 */
public final class LeaseLeadership implements Leadership, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseLeadership.class);

    private final AtomicBoolean leading = new AtomicBoolean();
    private final CompletableFuture<?> election;

    /**
     * Joins the election.
     *
     * @param client the cluster holding the Lease
     * @param lease the Lease's namespace and name
     * @param identity this replica's identity, unique among replicas
     * @param duration how long a lease lasts without renewal
     * @param onLeading runs each time this replica starts leading
     */
    public LeaseLeadership(KubernetesClient client, LeaseName lease, String identity, Duration duration, Runnable onLeading) {
        LeaderCallbacks callbacks = new LeaderCallbacks(() -> {
            leading.set(true);
            LOG.info("{} leads (Lease {}/{})", identity, lease.namespace(), lease.name());
            onLeading.run();
        }, () -> {
            leading.set(false);
            LOG.info("{} stopped leading", identity);
        }, leader -> LOG.info("leader is now {}", leader));
        this.election = client.leaderElector().withConfig(new LeaderElectionConfigBuilder()
                .withName("gantry")
                .withLock(new LeaseLock(lease.namespace(), lease.name(), identity))
                .withLeaseDuration(duration)
                .withRenewDeadline(duration.multipliedBy(2).dividedBy(3))
                .withRetryPeriod(duration.dividedBy(5))
                .withReleaseOnCancel(true)
                .withLeaderCallbacks(callbacks)
                .build()).build().start();
    }

    @Override
    public boolean leading() {
        return leading.get();
    }

    @Override
    public void close() {
        election.cancel(true);
        leading.set(false);
    }

    /**
     * Where the Lease lives.
     *
     * @param namespace its namespace
     * @param name its name
     */
    public record LeaseName(String namespace, String name) {
    }
}
