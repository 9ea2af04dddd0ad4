package dev.gantry.deploy;

/**
 * The health of one object, with the reason a person would want to read.
 *
 * @param status the status
 * @param message why, such as {@code 2 of 3 replicas updated}
 */
public record Health(HealthStatus status, String message) {
}
