package dev.gantry.bench;

import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.fabric8.Fabric8ClusterApplier;
import dev.gantry.deploy.fabric8.Fabric8Clients;
import dev.gantry.deploy.fabric8.Fabric8Connection;
import dev.gantry.deploy.fabric8.RequestRateLimit;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Kubernetes API the benchmark applies to: the server named by {@code GANTRY_BENCH_KUBECONFIG},
 * else Fabric8's mock server in CRUD mode on loopback. The mock server cannot server-side apply, so
 * there the applier creates or updates each object instead, and every row says so.
 */
final class ApiServer implements AutoCloseable {

    /** Discovery documents the controller's tests serve from a mock server, read from its test-jar. */
    private static final Map<String, String> DISCOVERY = Map.of(
            "/api/v1", "core-v1.json",
            "/apis/apps/v1", "apps-v1.json",
            "/apis/rbac.authorization.k8s.io/v1", "rbac-v1.json",
            "/apis/apiextensions.k8s.io/v1", "apiextensions-v1.json");

    /** The mock server logs every request at INFO through java.util.logging; kept here so the level sticks. */
    private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver");

    /**
     * The client-side rate limit of the benchmark's connections: far above the API server's own
     * limit, so the rows measure the engine and the server, not the controller's default
     * ({@code gantry.kube.qps} 50, burst 100), which a large installation raises.
     */
    static final RequestRateLimit RATE = new RequestRateLimit(5_000, 10_000);

    private final KubernetesMockServer mock;
    private final KubernetesClient client;
    private final Path kubeconfig;

    private ApiServer(KubernetesMockServer mock, KubernetesClient client, Path kubeconfig) {
        this.mock = mock;
        this.client = client;
        this.kubeconfig = kubeconfig;
    }

    /** Connects to {@code GANTRY_BENCH_KUBECONFIG}'s server, or starts the mock server when it is unset. */
    static ApiServer start() {
        String kubeconfig = System.getenv("GANTRY_BENCH_KUBECONFIG");
        if (kubeconfig != null && !kubeconfig.isBlank()) {
            Path path = Path.of(kubeconfig);
            return new ApiServer(null, Fabric8Clients.fromKubeconfig(path, RATE), path);
        }
        MOCK_LOG.setLevel(Level.WARNING);
        Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), expectations,
                new KubernetesMixedDispatcher(expectations), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        DISCOVERY.forEach((path, file) -> server.expect().get().withPath(path).andReturn(200, discovery(file)).always());
        return new ApiServer(server, server.createClient(), null);
    }

    /** Whether this is a real API server. */
    boolean real() {
        return mock == null;
    }

    /** The kubeconfig of a real server; null for the mock. */
    Path kubeconfig() {
        return kubeconfig;
    }

    /** The API server's URL, for a child JVM to connect to. */
    String url() {
        return client.getConfiguration().getMasterUrl();
    }

    /** The client; the server owns it. */
    KubernetesClient client() {
        return client;
    }

    /** Gantry's applier: server-side apply on a real server, create-or-update on the mock. */
    ClusterApplier applier() {
        return real() ? new Fabric8ClusterApplier(client) : new CreateOrUpdateApplier(client);
    }

    /** A connection of its own, with its applier and watch, on a real server; null for the mock. */
    Fabric8Connection connection() {
        return real() ? Fabric8Connection.open(kubeconfig, RATE) : null;
    }

    /** How a row names this API and its applier. */
    String label() {
        return real() ? "API: real (" + url() + "), server-side apply, client limit " + (int) RATE.qps() + " QPS"
                : "API: mock API server (Fabric8 CRUD mode; its store scans every object per request), create-or-update "
                        + "(the mock cannot server-side apply)";
    }

    private static String discovery(String file) {
        String resource = "/dev/gantry/deploy/fabric8/discovery/" + file;
        try (InputStream in = ApiServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the controller's test-jar has no " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    @Override
    public void close() {
        client.close();
        if (mock != null) {
            mock.destroy();
        }
    }
}
