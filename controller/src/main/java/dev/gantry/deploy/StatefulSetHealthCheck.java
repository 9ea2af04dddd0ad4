package dev.gantry.deploy;

import static dev.gantry.deploy.HealthStatus.HEALTHY;
import static dev.gantry.deploy.HealthStatus.PROGRESSING;

import java.util.Optional;

/**
 * A StatefulSet is healthy once its latest spec is observed, every replica is ready, and a rolling
 * update reached every replica it may: all of them, or those above the partition, or none with {@code OnDelete}.
 */
final class StatefulSetHealthCheck implements HealthCheck {

    @Override
    public Health check(LiveObject live) {
        Optional<String> unobserved = live.unobservedGeneration();
        if (unobserved.isPresent()) {
            return new Health(PROGRESSING, unobserved.get());
        }
        long desired = live.number("spec", "replicas").orElse(1L);
        long ready = live.count("status", "readyReplicas");
        if (ready < desired) {
            return new Health(PROGRESSING, ready + " of " + desired + " replicas ready");
        }
        if ("OnDelete".equals(live.text("spec", "updateStrategy", "type").orElse("RollingUpdate"))) {
            return new Health(HEALTHY, ready + " of " + desired + " replicas ready (updated on delete)");
        }
        long partition = live.count("spec", "updateStrategy", "rollingUpdate", "partition");
        return partition > 0 ? partitioned(live, desired, partition) : rolling(live, desired);
    }

    private static Health partitioned(LiveObject live, long desired, long partition) {
        long updated = live.count("status", "updatedReplicas");
        long toUpdate = Math.max(0, desired - partition);
        if (updated < toUpdate) {
            return new Health(PROGRESSING, "partitioned rollout: " + updated + " of " + toUpdate
                    + " replicas above partition " + partition + " updated");
        }
        return new Health(HEALTHY, "partitioned rollout complete: " + updated + " of " + desired
                + " replicas updated, partition " + partition);
    }

    private static Health rolling(LiveObject live, long desired) {
        Optional<String> update = live.text("status", "updateRevision");
        if (!update.equals(live.text("status", "currentRevision"))) {
            return new Health(PROGRESSING, "rolling update: " + live.count("status", "updatedReplicas") + " of "
                    + desired + " replicas at revision " + update.orElse("(unknown)"));
        }
        return new Health(HEALTHY, desired + " of " + desired + " replicas ready"
                + update.map(revision -> " at revision " + revision).orElse(""));
    }
}
