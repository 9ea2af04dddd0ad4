package dev.gantry.deploy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Applies, reads and deletes objects in one cluster with server-side apply, as field manager
 * {@value #FIELD_MANAGER}, and keeps each project's inventory there. Ordering, confinement and
 * prune decisions are the reconcile pipeline's; this port only carries them out.
 */
public interface ClusterApplier {

    /** The one field manager Gantry applies as. */
    String FIELD_MANAGER = "gantry";

    /**
     * Tells whether a kind is namespaced, from the API server's discovery.
     *
     * @param apiVersion group and version
     * @param kind the kind
     * @return the kind's scope, or empty when the API server does not serve it (yet)
     * @throws ClusterUnavailableException when the API server cannot be reached
     */
    Optional<ResourceScope> scopeOf(String apiVersion, String kind);

    /**
     * Server-side applies one object, forcing conflicts, as {@value #FIELD_MANAGER}.
     *
     * @param object the desired object
     * @return the object as the API server stored it
     * @throws ApplyRejectedException when the API server refuses the object: refused when the object is
     *     invalid, unavailable when the refusal may lift (forbidden, its namespace or kind not there yet)
     * @throws ClusterUnavailableException when the API server cannot be reached or fails
     */
    AppliedObject apply(KubernetesObject object);

    /**
     * Applies one object as {@link #apply} would, as a server-side dry run ({@code dryRun=All}):
     * the API server validates, defaults and admits it, and stores nothing.
     *
     * @param object the desired object
     * @throws ApplyRejectedException when the API server would refuse the object, with the same dispositions
     * @throws ClusterUnavailableException when the API server cannot be reached or fails
     */
    void dryRun(KubernetesObject object);

    /**
     * Waits until a CustomResourceDefinition reports the {@code Established} condition.
     *
     * @param crd the CRD's key
     * @param timeout how long to wait at most
     * @throws ClusterUnavailableException when it is not established in time
     */
    void awaitEstablished(ObjectKey crd, Duration timeout);

    /**
     * Reads an object as it is now.
     *
     * @param key the object
     * @return its content, or empty when it does not exist
     * @throws ClusterUnavailableException when the API server cannot be reached or fails
     */
    Optional<Map<String, Object>> read(ObjectKey key);

    /**
     * Deletes an object with background propagation; an object that is already gone is fine.
     *
     * @param key the object
     * @throws ClusterUnavailableException when the API server cannot be reached or fails
     */
    void delete(ObjectKey key);

    /**
     * Reads the inventory a project's last applied release left.
     *
     * @param key which environment and project
     * @return the inventory, or empty when the project has none here
     * @throws ClusterUnavailableException when the API server cannot be reached or fails
     */
    Optional<Inventory> readInventory(InventoryKey key);

    /**
     * Replaces a project's inventory.
     *
     * @param inventory the objects the release now applied
     * @throws ClusterUnavailableException when the API server cannot be reached or fails
     */
    void writeInventory(Inventory inventory);

    /**
     * Removes a project's inventory, after its objects were pruned.
     *
     * @param key which environment and project
     * @throws ClusterUnavailableException when the API server cannot be reached or fails
     */
    void deleteInventory(InventoryKey key);
}
