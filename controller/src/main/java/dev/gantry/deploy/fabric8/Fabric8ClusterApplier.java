package dev.gantry.deploy.fabric8;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import dev.gantry.deploy.AppliedObject;
import dev.gantry.deploy.ApplyRejectedException;
import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.ClusterUnavailableException;
import dev.gantry.deploy.Inventory;
import dev.gantry.deploy.InventoryKey;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.ResourceScope;
import dev.gantry.failure.Disposition;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * The deploy port on the Fabric8 Kubernetes Client: server-side apply as {@value #FIELD_MANAGER}
 * with forced conflicts, kinds resolved through the API server's discovery, inventories as
 * ConfigMaps (see {@link InventoryConfigMap}).
 *
 * <p>Inventories are written with create-then-replace rather than server-side apply: Gantry owns
 * the whole ConfigMap, so replacing it is the intended meaning (nothing of an older inventory
 * survives), and Fabric8's mock server, which does not implement server-side apply, can then
 * exercise the inventory round trip.
 */
public final class Fabric8ClusterApplier implements ClusterApplier {

    /** How often a CustomResourceDefinition is read while waiting for it to be Established: a poll holds no watch open. */
    private static final Duration ESTABLISHED_POLL = Duration.ofMillis(250);

    private final KubernetesClient client;
    private final KubernetesSerialization serialization;
    private final ApiDiscovery discovery;
    private final OwnWrites ownWrites;

    /** Uses the given client; the caller owns it and closes it. */
    public Fabric8ClusterApplier(KubernetesClient client) {
        this(client, new OwnWrites());
    }

    /** Uses the given client and tells a watch sharing {@code ownWrites} which changes were Gantry's. */
    Fabric8ClusterApplier(KubernetesClient client, OwnWrites ownWrites) {
        this.client = client;
        this.serialization = client.getKubernetesSerialization();
        this.discovery = new ApiDiscovery(client);
        this.ownWrites = ownWrites;
    }

    @Override
    public Optional<ResourceScope> scopeOf(String apiVersion, String kind) {
        return discovery.scopeOf(apiVersion, kind);
    }

    @Override
    public AppliedObject apply(KubernetesObject object) {
        String resourceVersion = null;
        ownWrites.starting(object.key());
        try {
            GenericKubernetesResource stored = serverSideApply(object, false);
            resourceVersion = stored.getMetadata().getResourceVersion();
            return new AppliedObject(object.key(), stored.getMetadata().getUid(), resourceVersion);
        } finally {
            ownWrites.finished(object.key(), resourceVersion);
        }
    }

    @Override
    public void dryRun(KubernetesObject object) {
        serverSideApply(object, true);
    }

    private GenericKubernetesResource serverSideApply(KubernetesObject object, boolean dryRun) {
        ObjectKey key = object.key();
        ResourceDefinitionContext type = discovery.resolve(key.apiVersion(), key.kind())
                .orElseThrow(() -> new ApplyRejectedException(key,
                        "the API server does not serve kind " + key.kind() + " in " + key.apiVersion(),
                        Disposition.UNAVAILABLE, null));
        if (type.isNamespaceScoped() && key.namespace() == null) {
            throw new ApplyRejectedException(key, key.kind() + " is namespaced but the object names no namespace", null);
        }
        if (!type.isNamespaceScoped() && key.namespace() != null) {
            throw new ApplyRejectedException(key, "the API server serves " + key.kind()
                    + " as cluster-scoped, but it was confined as an object of namespace " + key.namespace(), null);
        }
        try {
            return objects(type, key).resource(toResource(object))
                    .dryRun(dryRun)
                    .fieldManager(FIELD_MANAGER)
                    .forceConflicts()
                    .serverSideApply();
        } catch (KubernetesClientException e) {
            throw ApiFailures.ofApply(key, e);
        }
    }

    @Override
    public void awaitEstablished(ObjectKey crd, Duration timeout) {
        RetryPolicy<Boolean> untilEstablished = RetryPolicy.<Boolean>builder()
                .handleResult(false)
                .withDelay(ESTABLISHED_POLL)
                .withMaxDuration(timeout)
                .withMaxRetries(-1)
                .build();
        boolean established;
        try {
            established = Failsafe.with(untilEstablished).get(() -> established(
                    client.apiextensions().v1().customResourceDefinitions().withName(crd.name()).get()));
        } catch (KubernetesClientException e) {
            throw ApiFailures.unavailable("wait for " + crd + " to be established", e);
        }
        if (!established) {
            throw new ClusterUnavailableException(crd + " was not established within " + timeout, null);
        }
    }

    @Override
    public Optional<Map<String, Object>> read(ObjectKey key) {
        Optional<ResourceDefinitionContext> type = discovery.resolve(key.apiVersion(), key.kind());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            GenericKubernetesResource live = objects(type.get(), key).withName(key.name()).get();
            return Optional.ofNullable(live).map(this::toMap);
        } catch (KubernetesClientException e) {
            throw ApiFailures.unavailable("read " + key, e);
        }
    }

    @Override
    public void delete(ObjectKey key) {
        Optional<ResourceDefinitionContext> type = discovery.resolve(key.apiVersion(), key.kind());
        if (type.isEmpty()) {
            return;
        }
        ownWrites.deleting(key);
        try {
            if (objects(type.get(), key).withName(key.name()).withPropagationPolicy(DeletionPropagation.BACKGROUND)
                    .delete().isEmpty()) {
                ownWrites.notDeleting(key);
            }
        } catch (KubernetesClientException e) {
            ownWrites.notDeleting(key);
            throw ApiFailures.unavailable("delete " + key, e);
        }
    }

    @Override
    public Optional<Inventory> readInventory(InventoryKey key) {
        try {
            ConfigMap stored = inventory(key).get();
            return Optional.ofNullable(stored).map(configMap -> InventoryConfigMap.fromConfigMap(key, configMap));
        } catch (KubernetesClientException e) {
            throw ApiFailures.unavailable("read the inventory " + describe(key), e);
        }
    }

    @Override
    public void writeInventory(Inventory inventory) {
        ObjectKey written = inventoryObject(inventory.key());
        String resourceVersion = null;
        ownWrites.starting(written);
        try {
            resourceVersion = client.configMaps().inNamespace(inventory.key().namespace())
                    .resource(InventoryConfigMap.toConfigMap(inventory))
                    .createOr(NonDeletingOperation::update).getMetadata().getResourceVersion();
        } catch (KubernetesClientException e) {
            throw ApiFailures.unavailable("write the inventory " + describe(inventory.key()), e);
        } finally {
            ownWrites.finished(written, resourceVersion);
        }
    }

    @Override
    public void deleteInventory(InventoryKey key) {
        ownWrites.deleting(inventoryObject(key));
        try {
            if (inventory(key).delete().isEmpty()) {
                ownWrites.notDeleting(inventoryObject(key));
            }
        } catch (KubernetesClientException e) {
            ownWrites.notDeleting(inventoryObject(key));
            throw ApiFailures.unavailable("delete the inventory " + describe(key), e);
        }
    }

    private NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>>
            objects(ResourceDefinitionContext type, ObjectKey key) {
        var all = client.genericKubernetesResources(type);
        return type.isNamespaceScoped() ? all.inNamespace(key.namespace()) : all;
    }

    private static ObjectKey inventoryObject(InventoryKey key) {
        return new ObjectKey("v1", "ConfigMap", key.namespace(), key.objectName());
    }

    private Resource<ConfigMap> inventory(InventoryKey key) {
        return client.configMaps().inNamespace(key.namespace()).withName(key.objectName());
    }

    private GenericKubernetesResource toResource(KubernetesObject object) {
        try {
            return serialization.convertValue(object.content(), GenericKubernetesResource.class);
        } catch (IllegalArgumentException | JacksonException e) {
            throw new ApplyRejectedException(object.key(), "its content is not a Kubernetes object: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> toMap(GenericKubernetesResource live) {
        return serialization.convertValue(live, Map.class);
    }

    private static boolean established(CustomResourceDefinition crd) {
        return crd != null && crd.getStatus() != null && crd.getStatus().getConditions() != null
                && crd.getStatus().getConditions().stream()
                        .anyMatch(condition -> "Established".equals(condition.getType()) && "True".equals(condition.getStatus()));
    }

    private static String describe(InventoryKey key) {
        return "ConfigMap " + key.namespace() + "/" + key.objectName() + " of " + key.repository() + "/" + key.project()
                + " in environment " + key.environment();
    }
}
