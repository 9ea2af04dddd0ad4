package dev.gantry.reconcile;

import dev.gantry.deploy.Health;
import dev.gantry.deploy.HealthStatus;
import dev.gantry.deploy.ObjectKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.BiFunction;

/**
 * Judges a release's health once, from its objects as they are now: the worst of theirs, with the
 * first unhealthy object named. The work queue calls it again at the poll interval, or when a watch
 * sees an object change, until the release is healthy, degraded, or past its timeout.
 */
final class ReleaseHealth {

    private final Function<ObjectKey, Optional<Map<String, Object>>> live;
    private final BiFunction<ObjectKey, Map<String, Object>, Health> assess;

    /** Judges objects as {@code live} reads them: from the API server, or a watch's cache. */
    ReleaseHealth(Function<ObjectKey, Optional<Map<String, Object>>> live, BiFunction<ObjectKey, Map<String, Object>, Health> assess) {
        this.live = live;
        this.assess = assess;
    }

    /** The release's health now: degraded as soon as one object is, progressing while one is, else healthy or not judged. */
    Health assess(List<ObjectKey> objects) {
        List<String> waiting = new ArrayList<>();
        List<Health> unjudged = new ArrayList<>();
        for (ObjectKey key : objects) {
            Health health = assess.apply(key, live.apply(key).orElse(null));
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
