package dev.gantry.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.deploy.InMemoryClusterApplier.Call;
import dev.gantry.deploy.InMemoryClusterApplier.Failure;
import dev.gantry.deploy.InMemoryClusterApplier.Operation;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The in-memory fake keeps the {@link ClusterApplierContract}, as a real API server does, and does
 * what tests of the pipeline script: failures, the record of calls, namespaces that exist.
 */
class InMemoryClusterApplierTest extends ClusterApplierContract {

    private static final ObjectKey SETTINGS = new ObjectKey("v1", "ConfigMap", "team-a", "settings");
    private static final ObjectKey TEAM_A = new ObjectKey("v1", "Namespace", null, "team-a");
    private static final ObjectKey WIDGETS = new ObjectKey("apiextensions.k8s.io/v1", "CustomResourceDefinition", null,
            "widgets.example.dev");

    private final InMemoryClusterApplier cluster = new InMemoryClusterApplier().withNamespace("team-a");

    @Override
    protected ClusterApplier applier() {
        return cluster;
    }

    @Override
    protected String namespace() {
        return "team-a";
    }

    @Override
    protected Set<Capability> capabilities() {
        return EnumSet.of(Capability.LIVE_METADATA, Capability.NAMESPACES, Capability.DISCOVERY);
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
    void deletingAMissingObjectRemovesNothingElse() {
        cluster.delete(new ObjectKey("v1", "ConfigMap", "team-a", "never-there"));

        assertThat(cluster.objects()).containsExactly(TEAM_A);
    }

    private static KubernetesObject configMap(Map<String, String> data) {
        return new KubernetesObject(SETTINGS, Map.of("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", Map.of("name", "settings", "namespace", "team-a"), "data", data));
    }
}
