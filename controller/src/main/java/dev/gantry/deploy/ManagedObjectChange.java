package dev.gantry.deploy;

/**
 * A change of one managed object that Gantry did not make.
 *
 * @param owner the environment and project the object's labels name
 * @param key the object
 * @param type what changed
 */
public record ManagedObjectChange(GantryLabels.Owner owner, ObjectKey key, Type type) {

    /** What kind of change it was. */
    public enum Type {
        /**
         * The object was deleted, or changed in something other than its status and the metadata the
         * API server maintains: the live object may no longer be what Gantry applied.
         */
        DRIFT,
        /** Only its status changed, as when a controller reports progress: a matter for health. */
        STATUS
    }
}
