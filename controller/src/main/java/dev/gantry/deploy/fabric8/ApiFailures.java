package dev.gantry.deploy.fabric8;

import dev.gantry.deploy.ApplyRejectedException;
import dev.gantry.deploy.ClusterUnavailableException;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.failure.Disposition;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Set;

/**
 * Turns the Fabric8 client's failures into the port's two exceptions, each with its disposition,
 * and with messages that name the attempt and the API server's reason, never the request URL or a
 * credential.
 */
final class ApiFailures {

    /**
     * Answers that mean the object itself is wrong, so only a change in git fixes it: malformed
     * (400), too large (413), invalid (422).
     */
    private static final Set<Integer> INVALID = Set.of(400, 413, 422);

    /**
     * Answers that refuse the object for now, retried with backoff: forbidden (403) is RBAC, a quota,
     * or a namespace being deleted, which an operator or time fixes, not git; not found (404) is a
     * namespace or a kind's definition that another project or an operator may still create. Every
     * other answer, conflicts (409) and throttling (429) included, is the cluster's failure.
     */
    private static final Set<Integer> NOT_NOW = Set.of(403, 404);

    private ApiFailures() {
    }

    /** The failure of an apply: the object was refused, for good or for now, or the cluster failed. */
    static RuntimeException ofApply(ObjectKey object, KubernetesClientException failure) {
        if (INVALID.contains(failure.getCode())) {
            return new ApplyRejectedException(object, reason(failure), Disposition.REFUSED, failure);
        }
        if (NOT_NOW.contains(failure.getCode())) {
            return new ApplyRejectedException(object, reason(failure), Disposition.UNAVAILABLE, failure);
        }
        return unavailable("apply " + object, failure);
    }

    /** The failure of any other attempt, such as {@code read ConfigMap ns/a (v1)}. */
    static ClusterUnavailableException unavailable(String attempt, KubernetesClientException failure) {
        return new ClusterUnavailableException("Could not " + attempt + ": " + reason(failure), failure);
    }

    /** The API server's own words when it answered, else what stopped the request. */
    static String reason(KubernetesClientException failure) {
        if (failure.getCode() > 0) {
            Status status = failure.getStatus();
            String message = status == null || status.getMessage() == null ? "no message" : status.getMessage();
            String why = status == null || status.getReason() == null ? "" : " " + status.getReason();
            return "HTTP " + failure.getCode() + why + ": " + message;
        }
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == failure ? "no answer from the API server: " + failure.getMessage()
                : "no answer from the API server (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    }
}
