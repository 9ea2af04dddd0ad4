package dev.gantry.deploy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An in-memory fake of the {@link ClusterApplier} port, for tests of the reconcile pipeline.
 *
 * <p>It behaves like an API server where the pipeline can see it, and keeps the
 * {@link ClusterApplierContract}: an apply stores exactly the content applied (a field left out is
 * gone, as with server-side apply by one manager), keeps the uid and bumps the resource version
 * when the content changed; a kind it does not serve, a namespaced object without a namespace, a
 * cluster-scoped one with a namespace, or one in a namespace that does not exist is refused; an applied
 * CustomResourceDefinition serves its kind at once and counts as established. Deleting a
 * Namespace deletes what is in it. It can be told to fail the next applies, and records every
 * call in order. It does not emulate field ownership between managers, defaulting, validation,
 * or a deleted definition's kind ceasing to be served.
 */
public final class InMemoryClusterApplier implements ClusterApplier {

    /** How a scripted apply fails. */
    public enum Failure {
        /** With {@link ClusterUnavailableException}, as when the API server is down. */
        UNAVAILABLE,
        /** With {@link ApplyRejectedException}, as when the API server refuses the object. */
        REJECTED
    }

    /** A port operation. */
    public enum Operation { SCOPE_OF, APPLY, DRY_RUN, AWAIT_ESTABLISHED, READ, DELETE, READ_INVENTORY, WRITE_INVENTORY, DELETE_INVENTORY }

    /**
     * One call made to the fake.
     *
     * @param operation which port method
     * @param subject what it was called on, as the object's or inventory's {@code toString}
     */
    public record Call(Operation operation, String subject) {
    }

    /** A kind in one group and version. */
    private record Kind(String apiVersion, String kind) {
    }

    /** An object as stored: what was applied, and what the server added. */
    private record Stored(String uid, String resourceVersion, Map<String, Object> content) {
    }

    private static final String CRD_API = "apiextensions.k8s.io/v1";
    private static final String CRD = "CustomResourceDefinition";

    private final Map<Kind, ResourceScope> served = new HashMap<>(BuiltInKinds.SCOPES);
    private final Map<ObjectKey, Stored> objects = new TreeMap<>();
    private final Map<InventoryKey, Inventory> inventories = new HashMap<>();
    private final Deque<Failure> failures = new ArrayDeque<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<ObjectKey> applied = new ArrayList<>();
    private final Set<ObjectKey> dryRunRefusals = new HashSet<>();
    private long version;
    private long uids;

    /** Makes a namespace exist without an apply, as one an administrator created. */
    public synchronized InMemoryClusterApplier withNamespace(String name) {
        store(new ObjectKey("v1", "Namespace", null, name),
                Map.of("apiVersion", "v1", "kind", "Namespace", "metadata", Map.of("name", name)));
        return this;
    }

    /** Makes the next {@code count} applies fail the given way, without storing anything. */
    public synchronized InMemoryClusterApplier failNextApplies(int count, Failure failure) {
        for (int i = 0; i < count; i++) {
            failures.add(failure);
        }
        return this;
    }

    /** Every call so far, in order. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The objects applied successfully so far, in order, repeats included. */
    public synchronized List<ObjectKey> applied() {
        return List.copyOf(applied);
    }

    /** The objects that exist now, sorted; reading them this way is not recorded as a call. */
    public synchronized SortedSet<ObjectKey> objects() {
        return new TreeSet<>(objects.keySet());
    }

    @Override
    public synchronized Optional<ResourceScope> scopeOf(String apiVersion, String kind) {
        calls.add(new Call(Operation.SCOPE_OF, kind + " (" + apiVersion + ")"));
        return Optional.ofNullable(served.get(new Kind(apiVersion, kind)));
    }

    @Override
    public synchronized AppliedObject apply(KubernetesObject object) {
        ObjectKey key = object.key();
        calls.add(new Call(Operation.APPLY, key.toString()));
        Failure failure = failures.poll();
        if (failure == Failure.UNAVAILABLE) {
            throw new ClusterUnavailableException("Could not apply " + key + ": scripted failure", null);
        }
        if (failure == Failure.REJECTED) {
            throw new ApplyRejectedException(key, "scripted refusal", null);
        }
        refuseWhatAnApiServerWould(key);
        Stored stored = store(key, object.content());
        if (key.apiVersion().equals(CRD_API) && key.kind().equals(CRD)) {
            served.putAll(BuiltInKinds.definedBy(object.content()));
        }
        applied.add(key);
        return new AppliedObject(key, stored.uid(), stored.resourceVersion());
    }

    @Override
    public synchronized void dryRun(KubernetesObject object) {
        calls.add(new Call(Operation.DRY_RUN, object.key().toString()));
        if (dryRunRefusals.contains(object.key())) {
            throw new ApplyRejectedException(object.key(), "HTTP 422 Invalid: scripted dry-run refusal", null);
        }
        refuseWhatAnApiServerWould(object.key());
    }

    /** Makes the dry run of {@code key}, and so its release, be refused as invalid. */
    public synchronized InMemoryClusterApplier refusingOnDryRun(ObjectKey key) {
        dryRunRefusals.add(key);
        return this;
    }

    @Override
    public synchronized void awaitEstablished(ObjectKey crd, Duration timeout) {
        calls.add(new Call(Operation.AWAIT_ESTABLISHED, crd.toString()));
        if (!objects.containsKey(crd)) {
            throw new ClusterUnavailableException(crd + " was not established within " + timeout + ": it does not exist", null);
        }
    }

    @Override
    public synchronized Optional<Map<String, Object>> read(ObjectKey key) {
        calls.add(new Call(Operation.READ, key.toString()));
        return Optional.ofNullable(objects.get(key)).map(InMemoryClusterApplier::live);
    }

    @Override
    public synchronized void delete(ObjectKey key) {
        calls.add(new Call(Operation.DELETE, key.toString()));
        objects.remove(key);
        if (key.apiVersion().equals("v1") && key.kind().equals("Namespace")) {
            objects.keySet().removeIf(inside -> key.name().equals(inside.namespace()));
        }
    }

    @Override
    public synchronized Optional<Inventory> readInventory(InventoryKey key) {
        calls.add(new Call(Operation.READ_INVENTORY, key.toString()));
        return Optional.ofNullable(inventories.get(key));
    }

    @Override
    public synchronized void writeInventory(Inventory inventory) {
        calls.add(new Call(Operation.WRITE_INVENTORY, inventory.key().toString()));
        inventories.put(inventory.key(), inventory);
    }

    @Override
    public synchronized void deleteInventory(InventoryKey key) {
        calls.add(new Call(Operation.DELETE_INVENTORY, key.toString()));
        inventories.remove(key);
    }

    private void refuseWhatAnApiServerWould(ObjectKey key) {
        ResourceScope scope = served.get(new Kind(key.apiVersion(), key.kind()));
        if (scope == null) {
            throw new ApplyRejectedException(key, "HTTP 404 NotFound: the server does not serve kind " + key.kind()
                    + " in " + key.apiVersion(), null);
        }
        if (scope == ResourceScope.NAMESPACED && key.namespace() == null) {
            throw new ApplyRejectedException(key, key.kind() + " is namespaced but the object names no namespace", null);
        }
        if (scope == ResourceScope.CLUSTER && key.namespace() != null) {
            throw new ApplyRejectedException(key, "the server serves " + key.kind()
                    + " as cluster-scoped, but it was confined as an object of namespace " + key.namespace(), null);
        }
        if (scope == ResourceScope.NAMESPACED && !objects.containsKey(new ObjectKey("v1", "Namespace", null, key.namespace()))) {
            throw new ApplyRejectedException(key, "HTTP 404 NotFound: namespaces \"" + key.namespace() + "\" not found",
                    dev.gantry.failure.Disposition.UNAVAILABLE, null);
        }
    }

    private Stored store(ObjectKey key, Map<String, Object> content) {
        Stored before = objects.get(key);
        if (before != null && before.content().equals(content)) {
            return before; // an apply that changes nothing writes nothing, as on an API server
        }
        String uid = before == null ? "uid-" + ++uids : before.uid();
        Stored stored = new Stored(uid, Long.toString(++version), content);
        objects.put(key, stored);
        return stored;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> live(Stored stored) {
        Map<String, Object> live = new LinkedHashMap<>(stored.content());
        Object metadata = stored.content().get("metadata");
        Map<String, Object> meta = new LinkedHashMap<>(metadata instanceof Map ? (Map<String, Object>) metadata : Map.of());
        meta.put("uid", stored.uid());
        meta.put("resourceVersion", stored.resourceVersion());
        live.put("metadata", meta);
        return live;
    }

    /** The kinds an API server serves before anything is applied, and the kinds a definition adds. */
    private static final class BuiltInKinds {

        static final Map<Kind, ResourceScope> SCOPES = scopes();

        private BuiltInKinds() {
        }

        private static Map<Kind, ResourceScope> scopes() {
            Map<Kind, ResourceScope> scopes = new HashMap<>();
            for (String kind : List.of("Namespace", "PersistentVolume")) {
                scopes.put(new Kind("v1", kind), ResourceScope.CLUSTER);
            }
            for (String kind : List.of("ConfigMap", "Secret", "Service", "ServiceAccount", "PersistentVolumeClaim")) {
                scopes.put(new Kind("v1", kind), ResourceScope.NAMESPACED);
            }
            for (String kind : List.of("Deployment", "StatefulSet", "DaemonSet")) {
                scopes.put(new Kind("apps/v1", kind), ResourceScope.NAMESPACED);
            }
            scopes.put(new Kind("batch/v1", "Job"), ResourceScope.NAMESPACED);
            scopes.put(new Kind("batch/v1", "CronJob"), ResourceScope.NAMESPACED);
            scopes.put(new Kind("networking.k8s.io/v1", "Ingress"), ResourceScope.NAMESPACED);
            scopes.put(new Kind("rbac.authorization.k8s.io/v1", "Role"), ResourceScope.NAMESPACED);
            scopes.put(new Kind("rbac.authorization.k8s.io/v1", "RoleBinding"), ResourceScope.NAMESPACED);
            scopes.put(new Kind("rbac.authorization.k8s.io/v1", "ClusterRole"), ResourceScope.CLUSTER);
            scopes.put(new Kind("rbac.authorization.k8s.io/v1", "ClusterRoleBinding"), ResourceScope.CLUSTER);
            scopes.put(new Kind("storage.k8s.io/v1", "StorageClass"), ResourceScope.CLUSTER);
            scopes.put(new Kind(CRD_API, CRD), ResourceScope.CLUSTER);
            return Map.copyOf(scopes);
        }

        /** The served versions of the kind a CustomResourceDefinition's content defines. */
        @SuppressWarnings("unchecked")
        static Map<Kind, ResourceScope> definedBy(Map<String, Object> definition) {
            Map<String, Object> spec = (Map<String, Object>) definition.getOrDefault("spec", Map.of());
            Map<String, Object> names = (Map<String, Object>) spec.getOrDefault("names", Map.of());
            ResourceScope scope = "Cluster".equals(spec.get("scope")) ? ResourceScope.CLUSTER : ResourceScope.NAMESPACED;
            Map<Kind, ResourceScope> kinds = new HashMap<>();
            for (Object entry : (List<Object>) spec.getOrDefault("versions", List.of())) {
                Map<String, Object> version = (Map<String, Object>) entry;
                if (!Boolean.FALSE.equals(version.get("served"))) {
                    kinds.put(new Kind(spec.get("group") + "/" + version.get("name"), (String) names.get("kind")), scope);
                }
            }
            return kinds;
        }
    }
}
