package dev.gantry.deploy;

/** Where Gantry's Kubernetes Events go. */
@FunctionalInterface
public interface EventSink {

    /**
     * Emits one event in the involved object's namespace.
     *
     * @param event the event
     * @throws ClusterUnavailableException when the API server refuses or cannot be reached
     */
    void emit(ClusterEvent event);
}
