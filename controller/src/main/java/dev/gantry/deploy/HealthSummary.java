package dev.gantry.deploy;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The health of a whole release: the worst of its objects' (degraded, then progressing, then
 * healthy, with unknown counting as healthy, as {@link HealthStatus#UNKNOWN} says), and every
 * object's own health in the order given.
 *
 * @param objects each object's health
 */
public record HealthSummary(List<ObjectHealth> objects) {

    /** Keeps the objects in the order given. */
    public HealthSummary {
        objects = List.copyOf(objects);
    }

    /** The release's status: the worst object's, healthy when every object is healthy or unknown, or there are none. */
    public HealthStatus status() {
        return objects.stream().map(ObjectHealth::status).reduce(HealthStatus.HEALTHY, HealthSummary::worse);
    }

    /**
     * One line for people, such as {@code 1 progressing, 4 healthy: Deployment shop/web (apps/v1): 2 of 3 replicas updated},
     * naming the first object at the release's status when that is not healthy.
     */
    public String message() {
        if (objects.isEmpty()) {
            return "no objects";
        }
        Map<HealthStatus, Long> counts = objects.stream()
                .collect(Collectors.groupingBy(ObjectHealth::status, () -> new EnumMap<>(HealthStatus.class), Collectors.counting()));
        String tally = counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(HealthSummary::byWorstFirst))
                .map(entry -> entry.getValue() + " " + entry.getKey().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        HealthStatus status = status();
        return status == HealthStatus.HEALTHY ? tally
                : tally + ": " + objects.stream().filter(object -> object.status() == status).findFirst().orElseThrow();
    }

    private static HealthStatus worse(HealthStatus one, HealthStatus other) {
        return rank(other) > rank(one) ? other : one;
    }

    private static int byWorstFirst(HealthStatus one, HealthStatus other) {
        int byRank = Integer.compare(rank(other), rank(one));
        return byRank != 0 ? byRank : one.compareTo(other);
    }

    private static int rank(HealthStatus status) {
        return switch (status) {
            case DEGRADED -> 2;
            case PROGRESSING -> 1;
            case HEALTHY, UNKNOWN -> 0;
        };
    }
}
