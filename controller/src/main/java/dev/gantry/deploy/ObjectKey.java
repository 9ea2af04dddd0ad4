package dev.gantry.deploy;

import java.util.Comparator;

/**
 * Identifies one Kubernetes object.
 *
 * @param apiVersion group and version, such as {@code apps/v1} or {@code v1}
 * @param kind the kind, such as {@code Deployment}
 * @param namespace the namespace, or null for a cluster-scoped object
 * @param name the object's name
 */
public record ObjectKey(String apiVersion, String kind, String namespace, String name) implements Comparable<ObjectKey> {

    private static final Comparator<ObjectKey> ORDER = Comparator.comparing(ObjectKey::apiVersion)
            .thenComparing(ObjectKey::kind)
            .thenComparing(key -> key.namespace() == null ? "" : key.namespace())
            .thenComparing(ObjectKey::name);

    /** The API group: the part of {@code apiVersion} before the slash, empty for the core group. */
    public String group() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** Whether the object is cluster-scoped. */
    public boolean clusterScoped() {
        return namespace == null;
    }

    @Override
    public int compareTo(ObjectKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind + " " + (namespace == null ? "" : namespace + "/") + name + " (" + apiVersion + ")";
    }
}
