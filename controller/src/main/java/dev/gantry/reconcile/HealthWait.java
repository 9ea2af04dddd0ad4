package dev.gantry.reconcile;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.Health;
import dev.gantry.deploy.HealthStatus;
import dev.gantry.deploy.ObjectKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Reads the applied objects until all are healthy, one is degraded, or the timeout passes. */
final class HealthWait {

    private final ClusterApplier cluster;
    private final BiFunction<ObjectKey, Map<String, Object>, Health> assess;
    private final Duration poll;

    HealthWait(ClusterApplier cluster, BiFunction<ObjectKey, Map<String, Object>, Health> assess, Duration poll) {
        this.cluster = cluster;
        this.assess = assess;
        this.poll = poll;
    }

    /** The release's health: the worst of its objects', with the first unhealthy object named. */
    Health await(List<ObjectKey> objects, Duration timeout) {
        RetryPolicy<Health> untilSettled = RetryPolicy.<Health>builder()
                .handleResultIf(health -> health.status() == HealthStatus.PROGRESSING)
                .withDelay(poll)
                .withMaxDuration(timeout)
                .withMaxRetries(-1)
                .build();
        Health last = Failsafe.with(untilSettled).get(() -> once(objects));
        return last.status() == HealthStatus.PROGRESSING
                ? new Health(HealthStatus.PROGRESSING, "not healthy within " + timeout.toSeconds() + "s: " + last.message())
                : last;
    }

    private Health once(List<ObjectKey> objects) {
        List<String> waiting = new ArrayList<>();
        List<Health> unjudged = new ArrayList<>();
        for (ObjectKey key : objects) {
            Health health = assess.apply(key, cluster.read(key).orElse(null));
            if (health.status() == HealthStatus.DEGRADED) {
                return new Health(HealthStatus.DEGRADED, key + ": " + health.message());
            }
            if (health.status() == HealthStatus.PROGRESSING) {
                waiting.add(key + ": " + health.message());
            }
            if (health.status() == HealthStatus.UNKNOWN) {
                unjudged.add(new Health(HealthStatus.UNKNOWN, key + ": " + health.message()));
            }
        }
        if (!waiting.isEmpty()) {
            return new Health(HealthStatus.PROGRESSING, waiting.get(0) + (waiting.size() > 1 ? " (and "
                    + (waiting.size() - 1) + " more)" : ""));
        }
        return unjudged.isEmpty() ? new Health(HealthStatus.HEALTHY, objects.size() + " objects healthy")
                : notJudged(unjudged, objects.size());
    }

    /** Objects whose health cannot be judged are said to be so, never counted as healthy. */
    private static Health notJudged(List<Health> unjudged, int total) {
        return new Health(HealthStatus.UNKNOWN, unjudged.size() + " of " + total + " objects not judged: "
                + unjudged.get(0).message() + (unjudged.size() > 1 ? " (and " + (unjudged.size() - 1) + " more)" : ""));
    }
}
