package dev.gantry.deploy;

import static dev.gantry.deploy.HealthStatus.HEALTHY;
import static dev.gantry.deploy.HealthStatus.PROGRESSING;

import java.util.Optional;

/**
 * A DaemonSet is healthy once its latest spec is observed and it runs an updated, available pod on
 * every node it should; with {@code OnDelete} updates, available pods are enough.
 */
final class DaemonSetHealthCheck implements HealthCheck {

    @Override
    public Health check(LiveObject live) {
        Optional<String> unobserved = live.unobservedGeneration();
        if (unobserved.isPresent()) {
            return new Health(PROGRESSING, unobserved.get());
        }
        long desired = live.count("status", "desiredNumberScheduled");
        long updated = live.count("status", "updatedNumberScheduled");
        long available = live.count("status", "numberAvailable");
        boolean onDelete = "OnDelete".equals(live.text("spec", "updateStrategy", "type").orElse("RollingUpdate"));
        if (!onDelete && updated < desired) {
            return new Health(PROGRESSING, updated + " of " + desired + " scheduled pods updated");
        }
        if (available < desired) {
            return new Health(PROGRESSING, available + " of " + desired + " scheduled pods available");
        }
        return new Health(HEALTHY, desired + " of " + desired + " scheduled pods "
                + (onDelete ? "available (updated on delete)" : "updated and available"));
    }
}
