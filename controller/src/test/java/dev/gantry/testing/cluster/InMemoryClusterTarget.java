package dev.gantry.testing.cluster;

import dev.gantry.deploy.InMemoryClusterApplier;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;

/**
 * The default target: the controller applies to a fresh {@link InMemoryClusterApplier}, the fake of
 * our own port (Fabric8's mock server cannot server-side apply). No API server is involved.
 */
final class InMemoryClusterTarget implements ClusterTarget {

    /** Holds {@code default} from the start, as every API server does, so a stray object there would land. */
    private final InMemoryClusterApplier cluster = new InMemoryClusterApplier().withNamespace("default");
    private final String namespace;

    InMemoryClusterTarget(String namespace) {
        this.namespace = namespace;
    }

    @Override
    public String description() {
        return "the in-memory ClusterApplier fake (no API server; run test-cluster/build.sh, or set GANTRY_IT_KUBECONFIG, "
                + "to run against one)";
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public void connect(SpringApplication application, List<String> arguments) {
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("clusterApplier", cluster));
    }

    @Override
    public Optional<Map<String, Object>> read(ObjectKey key) {
        return cluster.read(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void changeData(ObjectKey configMap, String key, String value) {
        Map<String, Object> content = new LinkedHashMap<>(read(configMap).orElseThrow(() ->
                new IllegalStateException(configMap + " does not exist; nothing to change")));
        Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) content.getOrDefault("data", Map.of()));
        data.put(key, value);
        content.put("data", data);
        cluster.apply(new KubernetesObject(configMap, content));
    }

    @Override
    public void delete(ObjectKey key) {
        cluster.delete(key);
    }

    @Override
    public void close() {
        // nothing outlives the test: the fake is garbage once the test ends
    }
}
