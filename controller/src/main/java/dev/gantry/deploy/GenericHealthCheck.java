package dev.gantry.deploy;

import static dev.gantry.deploy.HealthStatus.DEGRADED;
import static dev.gantry.deploy.HealthStatus.HEALTHY;
import static dev.gantry.deploy.HealthStatus.PROGRESSING;
import static dev.gantry.deploy.HealthStatus.UNKNOWN;

import java.util.Optional;

/**
 * Any kind without a check of its own: its {@code Ready} condition when it has one; healthy once it
 * exists when it has no status; unknown when it has a status Gantry cannot read.
 */
final class GenericHealthCheck implements HealthCheck {

    @Override
    public Health check(LiveObject live) {
        Optional<Condition> ready = live.condition("Ready");
        if (ready.isPresent()) {
            return ready(live, ready.get());
        }
        if (live.hasEntries("status")) {
            return new Health(UNKNOWN, "exists; no Ready condition to judge by");
        }
        return new Health(HEALTHY, "exists");
    }

    private static Health ready(LiveObject live, Condition ready) {
        if (ready.isTrue()) {
            return new Health(HEALTHY, ready.describe("ready"));
        }
        if (!ready.isFalse()) {
            return new Health(PROGRESSING, ready.describe("readiness unknown"));
        }
        Optional<String> unobserved = live.unobservedGeneration(
                live.number("status", "observedGeneration").or(ready::observedGeneration));
        if (unobserved.isPresent()) {
            return new Health(PROGRESSING, unobserved.get());
        }
        return new Health(DEGRADED, ready.describe("not ready"));
    }
}
