package dev.gantry.deploy;

import static dev.gantry.deploy.HealthStatus.DEGRADED;
import static dev.gantry.deploy.HealthStatus.HEALTHY;
import static dev.gantry.deploy.HealthStatus.PROGRESSING;

import java.util.Optional;

/** A CustomResourceDefinition is healthy once {@code Established}, degraded when its names are refused. */
final class CustomResourceDefinitionHealthCheck implements HealthCheck {

    @Override
    public Health check(LiveObject live) {
        if (live.condition("Established").filter(Condition::isTrue).isPresent()) {
            return new Health(HEALTHY, "established");
        }
        Optional<Condition> names = live.condition("NamesAccepted").filter(Condition::isFalse);
        if (names.isPresent()) {
            return new Health(DEGRADED, names.get().describe("names not accepted"));
        }
        return new Health(PROGRESSING, "not established yet");
    }
}
