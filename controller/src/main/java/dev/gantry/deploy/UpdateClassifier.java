package dev.gantry.deploy;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Tells what an update of a live object changed, comparing the object before and after: drift when
 * anything but its status and the metadata the cluster maintains for itself moved, a status change
 * when only the status did, nothing otherwise (a resync, or only bookkeeping such as
 * {@code managedFields}).
 */
public final class UpdateClassifier {

    /** Metadata the API server maintains: a new value says nothing about what someone wants. */
    private static final Set<String> SERVER_METADATA = Set.of("resourceVersion", "managedFields", "generation");

    /**
     * Annotations the cluster's own controllers write: the Deployment controller numbers each
     * rollout; kubectl's copy of what it applied changes only with fields compared anyway.
     */
    private static final Set<String> CLUSTER_ANNOTATIONS = Set.of("deployment.kubernetes.io/revision",
            "kubectl.kubernetes.io/last-applied-configuration");

    private UpdateClassifier() {
    }

    /**
     * What changed between two versions of one object.
     *
     * @param before the object as it was
     * @param after the object as it is now
     * @return drift, a status change, or empty when nothing that matters changed
     */
    public static Optional<ManagedObjectChange.Type> classify(Map<String, Object> before, Map<String, Object> after) {
        if (!desired(before).equals(desired(after))) {
            return Optional.of(ManagedObjectChange.Type.DRIFT);
        }
        if (!Objects.equals(before.get("status"), after.get("status"))) {
            return Optional.of(ManagedObjectChange.Type.STATUS);
        }
        return Optional.empty();
    }

    /** The object without its status and without what the cluster maintains for itself. */
    private static Map<String, Object> desired(Map<String, Object> object) {
        Map<String, Object> rest = new HashMap<>(object);
        rest.remove("status");
        if (object.get("metadata") instanceof Map<?, ?> metadata) {
            Map<Object, Object> kept = new HashMap<>(metadata);
            kept.keySet().removeAll(SERVER_METADATA);
            if (metadata.get("annotations") instanceof Map<?, ?> annotations) {
                Map<Object, Object> keptAnnotations = new HashMap<>(annotations);
                keptAnnotations.keySet().removeAll(CLUSTER_ANNOTATIONS);
                kept.put("annotations", keptAnnotations);
                kept.remove("annotations", Map.of());
            }
            rest.put("metadata", kept);
        }
        return rest;
    }
}
