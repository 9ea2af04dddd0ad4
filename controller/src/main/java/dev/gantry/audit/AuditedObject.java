package dev.gantry.audit;

/**
 * One Kubernetes object as the API server stored it when Gantry applied it.
 *
 * @param apiVersion group and version, such as {@code apps/v1}
 * @param kind the kind, such as {@code Deployment}
 * @param namespace the namespace, or null for a cluster-scoped object
 * @param name the object's name
 * @param uid the object's uid
 * @param resourceVersion its resource version after the apply
 */
public record AuditedObject(String apiVersion, String kind, String namespace, String name, String uid,
        String resourceVersion) {
}
