package dev.gantry.deploy;

/**
 * The health of one object of a release.
 *
 * @param key the object
 * @param health how it is
 */
public record ObjectHealth(ObjectKey key, Health health) {

    /** The object's status. */
    public HealthStatus status() {
        return health.status();
    }

    @Override
    public String toString() {
        return key + ": " + health.message();
    }
}
