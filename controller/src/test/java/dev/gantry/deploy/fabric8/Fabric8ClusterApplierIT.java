package dev.gantry.deploy.fabric8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.gantry.deploy.AppliedObject;
import dev.gantry.deploy.ApplyRejectedException;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.ResourceScope;
import dev.gantry.deploy.WidgetDefinition;
import dev.gantry.testing.cluster.RealApiServer;
import dev.gantry.testing.cluster.WithRealApiServer;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link ClusterApplierContract} and server-side apply itself, end to end against a real API
 * server (Fabric8's mock server does not implement server-side apply): the one that
 * {@code GANTRY_IT_KUBECONFIG} names, or the test control plane when it is built. Each
 * test gets its own namespace. Without either, every test is aborted with the reason, never passed.
 */
@WithRealApiServer
class Fabric8ClusterApplierIT extends ClusterApplierContract {

    private KubernetesClient client;
    private String namespace;

    @BeforeEach
    void connectAndCreateANamespace(RealApiServer server) {
        client = Fabric8Clients.fromKubeconfig(server.kubeconfig());
        namespace = "gantry-it-" + UUID.randomUUID().toString().substring(0, 8);
        client.resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                .addToLabels("app.kubernetes.io/created-by", "gantry-it").endMetadata().build()).create();
    }

    @AfterEach
    void removeWhatTheTestCreated() {
        if (client == null) {
            return;
        }
        try {
            definitionsToRemove.forEach(name -> client.apiextensions().v1().customResourceDefinitions()
                    .withName(name).delete());
            client.namespaces().withName(namespace).withPropagationPolicy(DeletionPropagation.BACKGROUND).delete();
        } finally {
            client.close();
        }
    }

    @Override
    protected KubernetesClient client() {
        return client;
    }

    @Override
    protected String namespace() {
        return namespace;
    }

    @Test
    void appliesAnObjectAsGantryAndReportsWhatTheServerStored() {
        AppliedObject applied = applier().apply(configMapObject("applied", Map.of("colour", "blue")));

        Map<String, Object> live = applier().read(configMapKey("applied")).orElseThrow();
        assertThat(applied.uid()).isNotBlank().isEqualTo(metadata(live).get("uid"));
        assertThat(applied.resourceVersion()).isNotBlank().isEqualTo(metadata(live).get("resourceVersion"));
        assertThat(live).containsEntry("data", Map.of("colour", "blue"));
        assertThat((List<?>) metadata(live).get("managedFields"))
                .anySatisfy(entry -> {
                    assertThat(((Map<?, ?>) entry).get("manager")).isEqualTo("gantry");
                    assertThat(((Map<?, ?>) entry).get("operation")).isEqualTo("Apply");
                });
    }

    @Test
    void reapplyingWithoutAFieldRemovesIt() {
        applier().apply(configMapObject("owned", Map.of("colour", "blue", "size", "large")));

        applier().apply(configMapObject("owned", Map.of("colour", "blue")));

        assertThat(applier().read(configMapKey("owned")).orElseThrow()).containsEntry("data", Map.of("colour", "blue"));
    }

    @Test
    void takesOverFieldsThatAnotherManagerOwns() {
        client.resource(configMap("shared", Map.of("colour", "red"))).fieldManager("someone-else").serverSideApply();

        applier().apply(configMapObject("shared", Map.of("colour", "blue")));

        assertThat(applier().read(configMapKey("shared")).orElseThrow()).containsEntry("data", Map.of("colour", "blue"));
    }

    @Test
    void refusesAnInvalidObjectNamingItAndTheApiServersReason() {
        ObjectKey web = new ObjectKey("apps/v1", "Deployment", namespace, "web");
        Map<String, Object> noSelector = Map.of("apiVersion", "apps/v1", "kind", "Deployment",
                "metadata", Map.of("name", "web", "namespace", namespace),
                "spec", Map.of("template", Map.of("spec", Map.of("containers", List.of(Map.of("name", "web", "image", "nginx"))))));

        assertThatThrownBy(() -> applier().apply(new KubernetesObject(web, noSelector)))
                .isInstanceOf(ApplyRejectedException.class)
                .hasMessageContaining("Deployment " + namespace + "/web")
                .hasMessageContaining("422");
    }

    @Test
    void refusesAnObjectInANamespaceThatDoesNotExist() {
        ObjectKey stray = new ObjectKey("v1", "ConfigMap", namespace + "-missing", "stray");

        assertThatThrownBy(() -> applier().apply(new KubernetesObject(stray, Map.of("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", Map.of("name", "stray", "namespace", stray.namespace())))))
                .isInstanceOf(ApplyRejectedException.class)
                .hasMessageContaining("404");
    }

    @Test
    void appliesADefinitionThenACustomResourceOfItsKind() {
        WidgetDefinition widgets = WidgetDefinition.inRandomGroup();
        definitionsToRemove.add(widgets.name());

        applier().apply(new KubernetesObject(widgets.key(), widgets.content()));
        applier().awaitEstablished(widgets.key(), Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> applier().scopeOf(widgets.apiVersion(), "Widget").isPresent());
        ObjectKey widget = new ObjectKey(widgets.apiVersion(), "Widget", namespace, "w");
        AppliedObject applied = applier().apply(new KubernetesObject(widget, widgets.widget(namespace, "w", "large")));

        assertThat(applier().scopeOf(widgets.apiVersion(), "Widget")).contains(ResourceScope.NAMESPACED);
        assertThat(applied.uid()).isNotBlank();
        assertThat(applier().read(widget).orElseThrow()).containsEntry("spec", Map.of("size", "large"));
    }

    private KubernetesObject configMapObject(String name, Map<String, String> data) {
        return new KubernetesObject(configMapKey(name), Map.of("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", Map.of("name", name, "namespace", namespace), "data", data));
    }

    @Test
    void refusesToApplyAnObjectConfinedAsNamespacedToAClusterScopedKind() {
        ObjectKey confinedHere = new ObjectKey("rbac.authorization.k8s.io/v1", "ClusterRole", namespace, "escaped-" + namespace);

        assertThatThrownBy(() -> applier().apply(new KubernetesObject(confinedHere, Map.of(
                "apiVersion", "rbac.authorization.k8s.io/v1", "kind", "ClusterRole",
                "metadata", Map.of("name", confinedHere.name(), "namespace", namespace)))))
                .isInstanceOf(ApplyRejectedException.class)
                .hasMessageContaining("serves ClusterRole as cluster-scoped, but it was confined as an object of namespace");
        assertThat(client.rbac().clusterRoles().withName(confinedHere.name()).get()).isNull();
    }
}
