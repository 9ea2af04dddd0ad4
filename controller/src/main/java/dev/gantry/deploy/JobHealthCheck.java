package dev.gantry.deploy;

import static dev.gantry.deploy.HealthStatus.DEGRADED;
import static dev.gantry.deploy.HealthStatus.HEALTHY;
import static dev.gantry.deploy.HealthStatus.PROGRESSING;

import java.util.Optional;

/** A Job is healthy once {@code Complete}, degraded once {@code Failed}, and progressing until then. */
final class JobHealthCheck implements HealthCheck {

    @Override
    public Health check(LiveObject live) {
        Optional<Condition> failed = live.condition("Failed").filter(Condition::isTrue);
        if (failed.isPresent()) {
            return new Health(DEGRADED, failed.get().describe("job failed"));
        }
        if (live.condition("Complete").filter(Condition::isTrue).isPresent()) {
            return new Health(HEALTHY, "job complete: " + live.count("status", "succeeded") + " succeeded");
        }
        return new Health(PROGRESSING, "job running: " + live.count("status", "active") + " active, "
                + live.count("status", "succeeded") + " succeeded, " + live.count("status", "failed") + " failed");
    }
}
