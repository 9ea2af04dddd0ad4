package dev.gantry.demo;

import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.Health;
import dev.gantry.deploy.ObjectKey;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Where the demo's controller applies: the cluster port and how its objects' health is judged.
 *
 * @param cluster the embedded folder target or a real cluster
 * @param health judges one live object
 * @param healthPoll how often health is read while waiting
 * @param description where an environment's objects go, for people, with {@code <environment>} in it
 * @param healthNote what to say instead of each project's health when health cannot be judged there, or null
 */
public record DemoTarget(ClusterApplier cluster, BiFunction<ObjectKey, Map<String, Object>, Health> health,
        Duration healthPoll, String description, String healthNote) {
}
