package dev.gantry.deploy.fabric8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.gantry.deploy.ApplyRejectedException;
import dev.gantry.deploy.Inventory;
import dev.gantry.deploy.InventoryKey;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.ResourceScope;
import dev.gantry.deploy.WidgetDefinition;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the Fabric8 adapter must do on any API server that can hold objects, without server-side
 * apply: reads, deletes, inventories, discovery and CRDs. Fabric8's CRUD mock server and a real
 * API server both run it ({@link Fabric8ClusterApplierCrudTest}, {@link Fabric8ClusterApplierIT}).
 */
abstract class ClusterApplierContract {

    private static final String SHA = "3f2c9d1e5b7a4c6d8e0f1a2b3c4d5e6f7a8b9c0d";
    private static final String NEXT_SHA = "4a3d0e2f6c8b5d7e9f1a2b3c4d5e6f7a8b9c0d1e";

    /** Definitions a test created; a real API server's suite removes them afterwards. */
    protected final List<String> definitionsToRemove = new ArrayList<>();

    private Fabric8ClusterApplier applier;

    /** The client of the API server under test. */
    protected abstract KubernetesClient client();

    /** The namespace this test owns. */
    protected abstract String namespace();

    /** The adapter under test, on {@link #client()}. */
    protected Fabric8ClusterApplier applier() {
        if (applier == null) {
            applier = new Fabric8ClusterApplier(client());
        }
        return applier;
    }

    @Test
    void readsTheLiveObject() {
        client().resource(configMap("settings", Map.of("colour", "blue"))).create();

        assertThat(applier().read(configMapKey("settings"))).hasValueSatisfying(live -> {
            assertThat(live).containsEntry("kind", "ConfigMap").containsEntry("data", Map.of("colour", "blue"));
            assertThat(metadata(live)).containsEntry("name", "settings").containsKey("uid").containsKey("resourceVersion");
        });
    }

    @Test
    void readsNothingForAMissingObject() {
        assertThat(applier().read(configMapKey("missing"))).isEmpty();
    }

    @Test
    void readsNothingForAKindTheServerDoesNotServe() {
        assertThat(applier().read(new ObjectKey("example.dev/v1", "Widget", namespace(), "w"))).isEmpty();
    }

    @Test
    void deletesAnObject() {
        client().resource(configMap("doomed", Map.of("colour", "grey"))).create();

        applier().delete(configMapKey("doomed"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(applier().read(configMapKey("doomed"))).isEmpty());
    }

    @Test
    void deletingAMissingObjectIsFine() {
        assertThatCode(() -> applier().delete(configMapKey("never-there"))).doesNotThrowAnyException();
        assertThatCode(() -> applier().delete(new ObjectKey("example.dev/v1", "Widget", namespace(), "w")))
                .doesNotThrowAnyException();
    }

    @Test
    void writesReadsReplacesAndDeletesAnInventory() {
        InventoryKey key = inventoryKey();
        Inventory first = new Inventory(key, SHA, List.of(configMapKey("a"), configMapKey("b")));
        Inventory second = new Inventory(key, NEXT_SHA, List.of(configMapKey("b")));

        applier().writeInventory(first);
        assertThat(applier().readInventory(key)).contains(first);

        applier().writeInventory(second);
        assertThat(applier().readInventory(key)).contains(second);

        applier().deleteInventory(key);
        assertThat(applier().readInventory(key)).isEmpty();
    }

    @Test
    void storesTheInventoryAsALabelledConfigMapWithSortedObjects() {
        ObjectKey deployment = new ObjectKey("apps/v1", "Deployment", namespace(), "web");
        ObjectKey teamNamespace = new ObjectKey("v1", "Namespace", null, "team-a");

        applier().writeInventory(new Inventory(inventoryKey(), SHA, List.of(teamNamespace, deployment)));

        ConfigMap stored = client().configMaps().inNamespace(namespace()).withName("gantry-inventory.dev.platform.auth").get();
        assertThat(stored.getMetadata().getLabels()).containsEntry("app.kubernetes.io/managed-by", "gantry")
                .containsEntry("gantry.dev/environment", "dev")
                .containsEntry("gantry.dev/repository", "platform")
                .containsEntry("gantry.dev/project", "auth");
        assertThat(stored.getMetadata().getAnnotations()).containsEntry("gantry.dev/release", SHA);
        assertThat(stored.getData()).containsExactly(Map.entry("objects",
                "[{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"namespace\":\"" + namespace() + "\",\"name\":\"web\"},"
                        + "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"name\":\"team-a\"}]"));
    }

    @Test
    void readsNoInventoryForAProjectThatHasNone() {
        assertThat(applier().readInventory(inventoryKey())).isEmpty();
    }

    @Test
    void deletingAMissingInventoryIsFine() {
        assertThatCode(() -> applier().deleteInventory(inventoryKey())).doesNotThrowAnyException();
    }

    @Test
    void knowsTheScopeOfBuiltInKinds() {
        assertThat(applier().scopeOf("v1", "ConfigMap")).contains(ResourceScope.NAMESPACED);
        assertThat(applier().scopeOf("apps/v1", "Deployment")).contains(ResourceScope.NAMESPACED);
        assertThat(applier().scopeOf("v1", "Namespace")).contains(ResourceScope.CLUSTER);
        assertThat(applier().scopeOf("rbac.authorization.k8s.io/v1", "ClusterRole")).contains(ResourceScope.CLUSTER);
        assertThat(applier().scopeOf("apiextensions.k8s.io/v1", "CustomResourceDefinition")).contains(ResourceScope.CLUSTER);
    }

    @Test
    void knowsNothingOfAKindTheServerDoesNotServe() {
        assertThat(applier().scopeOf("v1", "Widget")).isEmpty();
        assertThat(applier().scopeOf("example.dev/v1", "Widget")).isEmpty();
    }

    @Test
    void refusesToApplyAKindTheServerDoesNotServe() {
        ObjectKey widget = new ObjectKey("example.dev/v1", "Widget", namespace(), "w");

        assertThatThrownBy(() -> applier().apply(new KubernetesObject(widget, Map.of("apiVersion", "example.dev/v1",
                "kind", "Widget", "metadata", Map.of("name", "w", "namespace", namespace())))))
                .isInstanceOf(ApplyRejectedException.class)
                .hasMessageContaining("Widget " + namespace() + "/w")
                .hasMessageContaining("does not serve kind Widget in example.dev/v1");
    }

    @Test
    void servesACustomKindOnceItsDefinitionIsEstablished() {
        WidgetDefinition widgets = WidgetDefinition.inRandomGroup();
        assertThat(applier().scopeOf(widgets.apiVersion(), "Widget")).isEmpty();

        definitionsToRemove.add(widgets.name());
        client().resource(client().getKubernetesSerialization()
                .convertValue(widgets.contentReportedEstablished(), CustomResourceDefinition.class)).create();
        applier().awaitEstablished(widgets.key(), Duration.ofSeconds(60));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(applier().scopeOf(widgets.apiVersion(), "Widget")).contains(ResourceScope.NAMESPACED));
    }

    /** A ConfigMap in this test's namespace. */
    protected ConfigMap configMap(String name, Map<String, String> data) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace(namespace()).endMetadata()
                .withData(data).build();
    }

    /** The key of a ConfigMap in this test's namespace. */
    protected ObjectKey configMapKey(String name) {
        return new ObjectKey("v1", "ConfigMap", namespace(), name);
    }

    /** An object's metadata. */
    @SuppressWarnings("unchecked")
    protected static Map<String, Object> metadata(Map<String, Object> object) {
        return (Map<String, Object>) object.get("metadata");
    }

    private InventoryKey inventoryKey() {
        return new InventoryKey("dev", "platform", "auth", namespace());
    }
}
