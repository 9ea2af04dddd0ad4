package dev.gantry.deploy.fabric8;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.deploy.ClusterApplierContract;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.testing.cluster.RealApiServer;
import dev.gantry.testing.cluster.WithRealApiServer;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link ClusterApplierContract}, with every capability, and server-side apply's field
 * ownership, end to end against a real API server (Fabric8's mock server does not implement
 * server-side apply): the one that {@code GANTRY_IT_KUBECONFIG} names, or the test control plane
 * when it is built. Each test gets its own namespace. Without either, every test is aborted with
 * the reason, never passed.
 */
@WithRealApiServer
class Fabric8ClusterApplierIT extends ClusterApplierContract {

    private KubernetesClient client;
    private String namespace;
    private Fabric8ClusterApplier applier;

    @BeforeEach
    void connectAndCreateANamespace(RealApiServer server) {
        client = Fabric8Clients.fromKubeconfig(server.kubeconfig());
        applier = new Fabric8ClusterApplier(client);
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
    protected Fabric8ClusterApplier applier() {
        return applier;
    }

    @Override
    protected String namespace() {
        return namespace;
    }

    @Override
    protected Set<Capability> capabilities() {
        return EnumSet.allOf(Capability.class);
    }

    @Test
    void appliesAsGantryWithServerSideApply() {
        applier.apply(configMap("applied", Map.of("colour", "blue")));

        Map<String, Object> live = applier.read(configMapKey("applied")).orElseThrow();
        assertThat((List<?>) metadata(live).get("managedFields"))
                .anySatisfy(entry -> {
                    assertThat(((Map<?, ?>) entry).get("manager")).isEqualTo("gantry");
                    assertThat(((Map<?, ?>) entry).get("operation")).isEqualTo("Apply");
                });
    }

    @Test
    void takesOverFieldsThatAnotherManagerOwns() {
        client.resource(new ConfigMapBuilder().withNewMetadata().withName("shared").withNamespace(namespace).endMetadata()
                .withData(Map.of("colour", "red")).build()).fieldManager("someone-else").serverSideApply();

        applier.apply(configMap("shared", Map.of("colour", "blue")));

        assertThat(applier.read(configMapKey("shared")).orElseThrow()).containsEntry("data", Map.of("colour", "blue"));
    }

    private ObjectKey configMapKey(String name) {
        return new ObjectKey("v1", "ConfigMap", namespace, name);
    }

    private KubernetesObject configMap(String name, Map<String, String> data) {
        return new KubernetesObject(configMapKey(name), Map.of("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", Map.of("name", name, "namespace", namespace), "data", data));
    }
}
