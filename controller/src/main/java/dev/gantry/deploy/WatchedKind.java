package dev.gantry.deploy;

import java.util.Objects;

/**
 * A kind to watch, and where: in one namespace, or with a null namespace in every namespace at
 * once (which is also how a cluster-scoped kind is watched). One watch across every namespace is
 * cheaper; one per namespace is what namespaced Roles allow.
 *
 * @param apiVersion group and version, such as {@code apps/v1}
 * @param kind the kind, such as {@code Deployment}
 * @param namespace the one namespace to watch, or null for all of them
 */
public record WatchedKind(String apiVersion, String kind, String namespace) {

    /** Checks that group, version and kind are given. */
    public WatchedKind {
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(kind, "kind");
    }

    /** The kind of an object, watched in every namespace. */
    public static WatchedKind everywhere(ObjectKey key) {
        return new WatchedKind(key.apiVersion(), key.kind(), null);
    }

    /** The kind of an object, watched in the object's own namespace (everywhere for a cluster-scoped one). */
    public static WatchedKind where(ObjectKey key) {
        return new WatchedKind(key.apiVersion(), key.kind(), key.namespace());
    }

    /** Whether an object lives where this watches: the same kind, and its namespace or every one. */
    public boolean includes(ObjectKey key) {
        return apiVersion.equals(key.apiVersion()) && kind.equals(key.kind())
                && (namespace == null || namespace.equals(key.namespace()));
    }
}
