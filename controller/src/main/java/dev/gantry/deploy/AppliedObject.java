package dev.gantry.deploy;

/**
 * An object as the API server stored it after an apply.
 *
 * @param key the object
 * @param uid its uid
 * @param resourceVersion its resource version after the apply
 */
public record AppliedObject(ObjectKey key, String uid, String resourceVersion) {
}
