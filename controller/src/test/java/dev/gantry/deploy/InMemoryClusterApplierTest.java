package dev.gantry.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.deploy.InMemoryClusterApplier.Call;
import dev.gantry.deploy.InMemoryClusterApplier.Failure;
import dev.gantry.deploy.InMemoryClusterApplier.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-memory fake behaves like the API server the pipeline relies on. */
class InMemoryClusterApplierTest {

    private static final ObjectKey SETTINGS = new ObjectKey("v1", "ConfigMap", "team-a", "settings");
    private static final ObjectKey TEAM_A = new ObjectKey("v1", "Namespace", null, "team-a");
    private static final ObjectKey WIDGETS = new ObjectKey("apiextensions.k8s.io/v1", "CustomResourceDefinition", null,
            "widgets.example.dev");

    private final InMemoryClusterApplier cluster = new InMemoryClusterApplier().withNamespace("team-a");

    @Test
    void storesWhatWasAppliedWithAUidAndResourceVersion() {
        AppliedObject applied = cluster.apply(configMap(Map.of("colour", "blue")));

        Map<String, Object> live = cluster.read(SETTINGS).orElseThrow();
        assertThat(live).containsEntry("data", Map.of("colour", "blue"));
        assertThat(metadata(live)).containsEntry("uid", applied.uid())
                .containsEntry("resourceVersion", applied.resourceVersion()).containsEntry("name", "settings");
    }

    @Test
    void reapplyingReplacesTheContentKeepsTheUidAndBumpsTheResourceVersion() {
        AppliedObject first = cluster.apply(configMap(Map.of("colour", "blue", "size", "large")));

        AppliedObject second = cluster.apply(configMap(Map.of("colour", "blue")));

        assertThat(second.uid()).isEqualTo(first.uid());
        assertThat(second.resourceVersion()).isNotEqualTo(first.resourceVersion());
        assertThat(cluster.read(SETTINGS).orElseThrow()).containsEntry("data", Map.of("colour", "blue"));
    }

    @Test
    void knowsTheScopesOfBuiltInKinds() {
        assertThat(cluster.scopeOf("v1", "Namespace")).contains(ResourceScope.CLUSTER);
        assertThat(cluster.scopeOf("rbac.authorization.k8s.io/v1", "ClusterRoleBinding")).contains(ResourceScope.CLUSTER);
        assertThat(cluster.scopeOf("storage.k8s.io/v1", "StorageClass")).contains(ResourceScope.CLUSTER);
        assertThat(cluster.scopeOf("apps/v1", "Deployment")).contains(ResourceScope.NAMESPACED);
        assertThat(cluster.scopeOf("networking.k8s.io/v1", "Ingress")).contains(ResourceScope.NAMESPACED);
        assertThat(cluster.scopeOf("example.dev/v1", "Widget")).isEmpty();
    }

    @Test
    void refusesAKindItDoesNotServe() {
        ObjectKey widget = new ObjectKey("example.dev/v1", "Widget", "team-a", "w");

        assertThatThrownBy(() -> cluster.apply(new KubernetesObject(widget, Map.of("kind", "Widget"))))
                .isInstanceOf(ApplyRejectedException.class)
                .hasMessageContaining("does not serve kind Widget");
    }

    @Test
    void servesTheKindOfAnAppliedDefinitionAndCountsItEstablished() {
        cluster.apply(new KubernetesObject(WIDGETS, Map.of("apiVersion", "apiextensions.k8s.io/v1",
                "kind", "CustomResourceDefinition", "metadata", Map.of("name", "widgets.example.dev"),
                "spec", Map.of("group", "example.dev", "scope", "Cluster", "names", Map.of("kind", "Widget", "plural", "widgets"),
                        "versions", List.of(Map.of("name", "v1", "served", true), Map.of("name", "v0", "served", false))))));

        cluster.awaitEstablished(WIDGETS, Duration.ofSeconds(1));
        assertThat(cluster.scopeOf("example.dev/v1", "Widget")).contains(ResourceScope.CLUSTER);
        assertThat(cluster.scopeOf("example.dev/v0", "Widget")).isEmpty();
    }

    @Test
    void givesUpWaitingForADefinitionThatWasNeverApplied() {
        assertThatThrownBy(() -> cluster.awaitEstablished(WIDGETS, Duration.ofSeconds(1)))
                .isInstanceOf(ClusterUnavailableException.class)
                .hasMessageContaining("was not established");
    }

    @Test
    void refusesANamespacedObjectWhoseNamespaceDoesNotExistUntilItIsApplied() {
        ObjectKey elsewhere = new ObjectKey("v1", "ConfigMap", "team-b", "settings");
        KubernetesObject object = new KubernetesObject(elsewhere, Map.of("kind", "ConfigMap"));

        assertThatThrownBy(() -> cluster.apply(object)).isInstanceOf(ApplyRejectedException.class)
                .hasMessageContaining("namespaces \"team-b\" not found");
        cluster.apply(new KubernetesObject(new ObjectKey("v1", "Namespace", null, "team-b"), Map.of("kind", "Namespace")));
        assertThat(cluster.apply(object).key()).isEqualTo(elsewhere);
    }

    @Test
    void failsTheNextAppliesAsToldThenRecovers() {
        cluster.failNextApplies(1, Failure.UNAVAILABLE).failNextApplies(1, Failure.REJECTED);

        assertThatThrownBy(() -> cluster.apply(configMap(Map.of()))).isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> cluster.apply(configMap(Map.of()))).isInstanceOf(ApplyRejectedException.class)
                .satisfies(e -> assertThat(((ApplyRejectedException) e).object()).isEqualTo(SETTINGS));
        assertThat(cluster.read(SETTINGS)).isEmpty();
        cluster.apply(configMap(Map.of()));
        assertThat(cluster.applied()).containsExactly(SETTINGS);
    }

    @Test
    void recordsEveryCallInOrder() {
        InventoryKey inventory = new InventoryKey("dev", "platform", "auth", "team-a");

        cluster.scopeOf("v1", "ConfigMap");
        cluster.apply(configMap(Map.of()));
        cluster.read(SETTINGS);
        cluster.writeInventory(new Inventory(inventory, "sha", List.of(SETTINGS)));
        cluster.delete(SETTINGS);

        assertThat(cluster.calls()).containsExactly(
                new Call(Operation.SCOPE_OF, "ConfigMap (v1)"),
                new Call(Operation.APPLY, SETTINGS.toString()),
                new Call(Operation.READ, SETTINGS.toString()),
                new Call(Operation.WRITE_INVENTORY, inventory.toString()),
                new Call(Operation.DELETE, SETTINGS.toString()));
    }

    @Test
    void deletingANamespaceDeletesWhatIsInIt() {
        cluster.apply(configMap(Map.of()));

        cluster.delete(TEAM_A);

        assertThat(cluster.objects()).isEmpty();
    }

    @Test
    void deletingAMissingObjectIsFine() {
        cluster.delete(new ObjectKey("v1", "ConfigMap", "team-a", "never-there"));

        assertThat(cluster.objects()).containsExactly(TEAM_A);
    }

    @Test
    void keepsReplacesAndDeletesInventories() {
        InventoryKey key = new InventoryKey("dev", "platform", "auth", "team-a");
        Inventory first = new Inventory(key, "sha-1", List.of(SETTINGS, TEAM_A));
        Inventory second = new Inventory(key, "sha-2", List.of(SETTINGS));

        assertThat(cluster.readInventory(key)).isEmpty();
        cluster.writeInventory(first);
        cluster.writeInventory(second);
        assertThat(cluster.readInventory(key)).contains(second);
        cluster.deleteInventory(key);
        assertThat(cluster.readInventory(key)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> object) {
        return (Map<String, Object>) object.get("metadata");
    }

    private static KubernetesObject configMap(Map<String, String> data) {
        return new KubernetesObject(SETTINGS, Map.of("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", Map.of("name", "settings", "namespace", "team-a"), "data", data));
    }
}
