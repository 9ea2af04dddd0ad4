package dev.gantry.bench;

import dev.gantry.deploy.AppliedObject;
import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.Inventory;
import dev.gantry.deploy.InventoryKey;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.ResourceScope;
import dev.gantry.deploy.fabric8.Fabric8ClusterApplier;
import dev.gantry.deploy.ApplyRejectedException;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gantry's Fabric8 applier with one change, for Fabric8's mock server, which cannot server-side
 * apply: {@link #apply} creates the object, or updates it when it exists (two requests where a real
 * server needs one PATCH). Reads, deletes, discovery and inventories are the controller's own code.
 */
final class CreateOrUpdateApplier implements ClusterApplier {

    private final KubernetesClient client;
    private final Fabric8ClusterApplier gantry;
    private final Map<String, List<APIResource>> discovered = new ConcurrentHashMap<>();

    CreateOrUpdateApplier(KubernetesClient client) {
        this.client = client;
        this.gantry = new Fabric8ClusterApplier(client);
    }

    @Override
    public Optional<ResourceScope> scopeOf(String apiVersion, String kind) {
        return gantry.scopeOf(apiVersion, kind);
    }

    /** The anchor has no dry run; this one asks Gantry's applier, as the reconcile would. */
    @Override
    public void dryRun(KubernetesObject object) {
        gantry.dryRun(object);
    }

    @Override
    public AppliedObject apply(KubernetesObject object) {
        ObjectKey key = object.key();
        GenericKubernetesResource resource = client.getKubernetesSerialization()
                .convertValue(object.content(), GenericKubernetesResource.class);
        var objects = client.genericKubernetesResources(type(key));
        GenericKubernetesResource stored = (key.namespace() == null ? objects : objects.inNamespace(key.namespace()))
                .resource(resource).createOr(NonDeletingOperation::update);
        return new AppliedObject(key, stored.getMetadata().getUid(), stored.getMetadata().getResourceVersion());
    }

    /** The kind's plural and scope from discovery, asked once per group/version as Gantry's applier does. */
    private ResourceDefinitionContext type(ObjectKey key) {
        List<APIResource> served = discovered.computeIfAbsent(key.apiVersion(),
                apiVersion -> client.getApiResources(apiVersion).getResources());
        APIResource type = served.stream().filter(candidate -> key.kind().equals(candidate.getKind())).findFirst()
                .orElseThrow(() -> new ApplyRejectedException(key, "the API server does not serve " + key.kind(), null));
        return ResourceDefinitionContext.fromApiResource(key.apiVersion(), type);
    }

    @Override
    public void awaitEstablished(ObjectKey crd, Duration timeout) {
        gantry.awaitEstablished(crd, timeout);
    }

    @Override
    public Optional<Map<String, Object>> read(ObjectKey key) {
        return gantry.read(key);
    }

    @Override
    public void delete(ObjectKey key) {
        gantry.delete(key);
    }

    @Override
    public Optional<Inventory> readInventory(InventoryKey key) {
        return gantry.readInventory(key);
    }

    @Override
    public void writeInventory(Inventory inventory) {
        gantry.writeInventory(inventory);
    }

    @Override
    public void deleteInventory(InventoryKey key) {
        gantry.deleteInventory(key);
    }
}
