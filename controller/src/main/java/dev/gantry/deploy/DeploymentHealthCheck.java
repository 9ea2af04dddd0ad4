package dev.gantry.deploy;

import static dev.gantry.deploy.HealthStatus.DEGRADED;
import static dev.gantry.deploy.HealthStatus.HEALTHY;
import static dev.gantry.deploy.HealthStatus.PROGRESSING;

import java.util.Optional;

/** A Deployment is healthy once its latest spec is observed and every desired replica is updated and available. */
final class DeploymentHealthCheck implements HealthCheck {

    @Override
    public Health check(LiveObject live) {
        Optional<String> unobserved = live.unobservedGeneration();
        if (unobserved.isPresent()) {
            return new Health(PROGRESSING, unobserved.get());
        }
        Optional<Condition> progressing = live.condition("Progressing");
        if (progressing.filter(c -> c.isFalse() && "ProgressDeadlineExceeded".equals(c.reason())).isPresent()) {
            return new Health(DEGRADED, progressing.get().describe("progress deadline exceeded"));
        }
        return rollout(live, live.number("spec", "replicas").orElse(1L));
    }

    private static Health rollout(LiveObject live, long desired) {
        long updated = live.count("status", "updatedReplicas");
        long old = live.count("status", "replicas") - updated;
        long available = live.count("status", "availableReplicas");
        if (updated < desired) {
            return new Health(PROGRESSING, updated + " of " + desired + " replicas updated");
        }
        if (old > 0) {
            return new Health(PROGRESSING, old + " old replicas pending termination");
        }
        if (available < desired) {
            return new Health(PROGRESSING, available + " of " + desired + " replicas available");
        }
        return new Health(HEALTHY, desired + " of " + desired + " replicas updated and available");
    }
}
