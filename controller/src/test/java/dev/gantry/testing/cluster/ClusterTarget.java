package dev.gantry.testing.cluster;

import dev.gantry.deploy.ObjectKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;

/**
 * The cluster one whole-loop test's controller applies to, and the test's own view of it: reading
 * live objects and changing them out of band go through here, so a test body does not know which
 * cluster it runs against.
 */
public interface ClusterTarget extends AutoCloseable {

    /** What this target is, for reports: which kind of cluster, never a credential. */
    String description();

    /** The namespace this test owns; point the environment's namespace template at it. */
    String namespace();

    /**
     * Makes {@code gantry serve} apply to this cluster: adds a bean or a command-line argument.
     *
     * @param application the application before it runs
     * @param arguments its command line, to add to
     */
    void connect(SpringApplication application, List<String> arguments);

    /**
     * Reads an object as the cluster holds it now.
     *
     * @param key the object
     * @return its content, metadata included, or empty when it does not exist
     */
    Optional<Map<String, Object>> read(ObjectKey key);

    /**
     * Sets one data entry of a live ConfigMap, as a person with {@code kubectl edit} would.
     *
     * @param configMap the ConfigMap
     * @param key the data key
     * @param value its new value
     */
    void changeData(ObjectKey configMap, String key, String value);

    /**
     * Deletes a live object, as a person with {@code kubectl delete} would.
     *
     * @param key the object
     */
    void delete(ObjectKey key);

    /** One key of a ConfigMap's data in {@link #namespace()}; empty while the ConfigMap or the key is missing. */
    default Optional<String> configMapValue(String name, String key) {
        return read(new ObjectKey("v1", "ConfigMap", namespace(), name))
                .map(live -> live.get("data") instanceof Map<?, ?> data ? (String) data.get(key) : null);
    }

    /**
     * A target on a real API server, in a new namespace {@code gantry-it-<random>}, for tests that
     * need real controllers and so must not fall back to the in-memory fake.
     *
     * @param server the server, from {@link WithRealApiServer}
     */
    static ClusterTarget onRealApiServer(RealApiServer server) {
        return KubeconfigClusterTarget.open(server, "gantry-it-" + java.util.UUID.randomUUID().toString().substring(0, 8));
    }

    /**
     * The in-memory fake of our own port, whatever the environment offers, for tests of the
     * controller's HTTP side, which never need a real API server.
     *
     * @param namespace the namespace the test owns
     */
    static ClusterTarget inMemory(String namespace) {
        return new InMemoryClusterTarget(namespace);
    }

    /** Removes what this target created for the test and lets go of connections. */
    @Override
    void close();
}
