package dev.gantry.deploy.fabric8;

import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.ClusterUnavailableException;
import dev.gantry.deploy.ManagedObjectWatch;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.file.Path;

/**
 * A cluster connection the controller owns: the Fabric8 client, and the applier and the watch over
 * it, closed together. Keeps Fabric8 types out of the composition root.
 */
public final class Fabric8Connection implements AutoCloseable {

    private final KubernetesClient client;
    private final ClusterApplier applier;
    private final ManagedObjectWatch watch;

    private Fabric8Connection(KubernetesClient client) {
        OwnWrites ownWrites = new OwnWrites();
        this.client = client;
        this.applier = new Fabric8ClusterApplier(client, ownWrites);
        this.watch = new Fabric8ManagedObjectWatch(client, new ApiDiscovery(client), ownWrites);
    }

    /** Connects as {@link #open(Path, RequestRateLimit)} does, at the default rate limit. */
    public static Fabric8Connection open(Path kubeconfig) {
        return open(kubeconfig, RequestRateLimit.DEFAULT);
    }

    /**
     * Connects with a kubeconfig file, or when null, in-cluster else {@code KUBECONFIG}/{@code ~/.kube/config}.
     *
     * @param kubeconfig the kubeconfig file, or null
     * @param limit the client-side limit on requests to this API server
     */
    public static Fabric8Connection open(Path kubeconfig, RequestRateLimit limit) {
        return new Fabric8Connection(kubeconfig != null ? Fabric8Clients.fromKubeconfig(kubeconfig, limit)
                : Fabric8Clients.fromDefault(limit));
    }

    /**
     * Asks the API server for its version, so a command can fail before it starts work.
     *
     * @return the server's address and Kubernetes version, such as {@code https://10.0.0.1:6443 (v1.31.2)}
     * @throws ClusterUnavailableException when the server does not answer
     */
    public String reachable() {
        String server = client.getConfiguration().getMasterUrl();
        try {
            return server + " (" + client.getKubernetesVersion().getGitVersion() + ")";
        } catch (KubernetesClientException e) {
            throw new ClusterUnavailableException("cannot reach the Kubernetes API at " + server + ": "
                    + ApiFailures.reason(e), e);
        }
    }

    /** The applier over this connection. */
    public ClusterApplier applier() {
        return applier;
    }

    /**
     * The watch over this connection's managed objects. It knows which changes the {@link #applier}
     * made, so Gantry's own writes are not reported as drift; it is closed with the connection.
     */
    public ManagedObjectWatch watch() {
        return watch;
    }

    /** An event sink over this connection. */
    public dev.gantry.deploy.EventSink events() {
        return new Fabric8EventSink(client, java.time.Clock.systemUTC());
    }

    /** Joins leader election over this connection; see {@link LeaseLeadership}. */
    public LeaseLeadership leadership(LeaseLeadership.LeaseName lease, String identity, java.time.Duration duration,
            Runnable onLeading) {
        return new LeaseLeadership(client, lease, identity, duration, onLeading);
    }

    @Override
    public void close() {
        watch.close();
        client.close();
    }
}
