package dev.gantry.deploy;

/**
 * A Kubernetes Event Gantry reports about a project, for {@code kubectl get events} and dashboards.
 *
 * @param involved the object the event is about
 * @param type Normal or Warning
 * @param reason a CamelCase reason, such as {@code ReleaseApplied}
 * @param message what happened, for people
 */
public record ClusterEvent(ObjectKey involved, Type type, String reason, String message) {

    /** Kubernetes event types. */
    public enum Type {
        /** Something went as expected. */
        NORMAL,
        /** Something needs attention. */
        WARNING
    }
}
