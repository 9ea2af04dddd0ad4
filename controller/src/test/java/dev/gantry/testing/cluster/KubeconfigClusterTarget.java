package dev.gantry.testing.cluster;

import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.fabric8.Fabric8Clients;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;

/**
 * A real API server named by a kubeconfig file ({@code GANTRY_IT_KUBECONFIG}'s, or the test control
 * plane's): the controller connects with {@code --kubeconfig},
 * exactly as {@code gantry serve} does, and the test reads and changes objects with its own Fabric8
 * client. The namespace is created here, labelled as a test's, and deleted on {@link #close()}.
 */
final class KubeconfigClusterTarget implements ClusterTarget {

    private final KubernetesClient client;
    private final RealApiServer server;
    private final String namespace;

    /** Creates {@code namespace} through {@code client}, which this target then owns and closes. */
    KubeconfigClusterTarget(KubernetesClient client, RealApiServer server, String namespace) {
        this.client = client;
        this.server = server;
        this.namespace = namespace;
        client.resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                .addToLabels("app.kubernetes.io/created-by", "gantry-it").endMetadata().build()).create();
    }

    /** Connects with the server's kubeconfig and creates {@code namespace}. */
    static KubeconfigClusterTarget open(RealApiServer server, String namespace) {
        KubernetesClient client = Fabric8Clients.fromKubeconfig(server.kubeconfig());
        try {
            return new KubeconfigClusterTarget(client, server, namespace);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    @Override
    public String description() {
        return "the real API server at " + client.getMasterUrl() + ": " + server.description();
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public void connect(SpringApplication application, List<String> arguments) {
        arguments.add("--gantry.kubeconfig=" + server.kubeconfig());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> read(ObjectKey key) {
        GenericKubernetesResource live = objects(key).withName(key.name()).get();
        return Optional.ofNullable(live).map(found -> client.getKubernetesSerialization().convertValue(found, Map.class));
    }

    @Override
    public void changeData(ObjectKey configMap, String key, String value) {
        client.configMaps().inNamespace(configMap.namespace()).withName(configMap.name()).edit(live -> {
            live.getData().put(key, value);
            return live;
        });
    }

    @Override
    public void delete(ObjectKey key) {
        objects(key).withName(key.name()).delete();
    }

    private NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>>
            objects(ObjectKey key) {
        var all = client.genericKubernetesResources(key.apiVersion(), key.kind());
        return key.namespace() == null ? all : all.inNamespace(key.namespace());
    }

    @Override
    public void close() {
        try {
            client.namespaces().withName(namespace).withPropagationPolicy(DeletionPropagation.BACKGROUND).delete();
        } finally {
            client.close();
        }
    }
}
