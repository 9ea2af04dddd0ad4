package dev.gantry.deploy.fabric8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Leader election over a Lease, on Fabric8's mock server in CRUD mode (Leases are plain CRUD). The
 * waits are generous on purpose: this checks who leads, not how fast; a loaded CI machine that
 * delays a renewal past a short lease would otherwise hand leadership over for real.
 */
@EnableKubernetesMockClient(crud = true)
class LeaseLeadershipTest {

    private static final LeaseLeadership.LeaseName LEASE = new LeaseLeadership.LeaseName("gantry", "gantry-leader");
    private static final Duration LEASE_DURATION = Duration.ofSeconds(5);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    KubernetesClient client;

    @Test
    void exactlyOneReplicaLeadsAndAStandbyTakesOverWhenItStops() {
        AtomicInteger firstStarts = new AtomicInteger();
        AtomicInteger secondStarts = new AtomicInteger();
        LeaseLeadership first = new LeaseLeadership(client, LEASE, "replica-a", LEASE_DURATION, firstStarts::incrementAndGet);
        await().atMost(PATIENCE).until(first::leading);
        try (LeaseLeadership second = new LeaseLeadership(client, LEASE, "replica-b", LEASE_DURATION,
                secondStarts::incrementAndGet)) {
            await().during(LEASE_DURATION).atMost(PATIENCE).until(() -> !second.leading());

            first.close();

            await().atMost(PATIENCE).until(second::leading);
            assertThat(first.leading()).isFalse();
            assertThat(firstStarts.get()).isEqualTo(1);
            assertThat(secondStarts.get()).isEqualTo(1);
            assertThat(client.leases().inNamespace("gantry").withName("gantry-leader").get().getSpec().getHolderIdentity())
                    .isEqualTo("replica-b");
        }
    }
}
