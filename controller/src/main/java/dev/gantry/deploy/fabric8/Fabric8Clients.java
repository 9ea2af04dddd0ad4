package dev.gantry.deploy.fabric8;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the Fabric8 clients Gantry talks to clusters with.
 *
 * <p>Each client retries a request that failed with an I/O error, 429 or 5xx at most
 * {@value #RETRIES} times, quickly, instead of Fabric8's default of ten: the reconcile loop
 * retries with its own backoff, and an environment's reconciles are serialised, so a long wait
 * inside one request would hold the whole environment. Each client also holds its requests to a
 * {@link RequestRateLimit} ({@link RateLimitInterceptor}), so one API server is never flooded.
 */
public final class Fabric8Clients {

    /** How many times one request is retried inside the client. */
    static final int RETRIES = 3;

    private static final Path SERVICE_ACCOUNT = Path.of("/var/run/secrets/kubernetes.io/serviceaccount");

    private Fabric8Clients() {
    }

    /** A client for the current context of a kubeconfig file, at the default rate limit. */
    public static KubernetesClient fromKubeconfig(Path kubeconfig) {
        return fromKubeconfig(kubeconfig, RequestRateLimit.DEFAULT);
    }

    /** A client for the current context of a kubeconfig file; credentials stay in the file. */
    public static KubernetesClient fromKubeconfig(Path kubeconfig, RequestRateLimit limit) {
        if (!Files.isRegularFile(kubeconfig)) {
            throw new IllegalArgumentException("kubeconfig " + kubeconfig + " does not exist or is not a file");
        }
        return build(Config.fromKubeconfig(null, kubeconfig.toFile()), limit);
    }

    /**
     * A client for the cluster this process runs in, from its service account. The token is read
     * again for every request, so a projected token that the kubelet rotates keeps working.
     */
    public static KubernetesClient inCluster() {
        String host = System.getenv("KUBERNETES_SERVICE_HOST");
        String port = System.getenv("KUBERNETES_SERVICE_PORT");
        Path token = SERVICE_ACCOUNT.resolve("token");
        if (host == null || port == null || !Files.isReadable(token)) {
            throw new IllegalStateException("not running in a Kubernetes pod: KUBERNETES_SERVICE_HOST, "
                    + "KUBERNETES_SERVICE_PORT or the service account token at " + token + " is missing");
        }
        String authority = host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
        return build(new ConfigBuilder(Config.empty())
                .withMasterUrl("https://" + authority)
                .withCaCertFile(SERVICE_ACCOUNT.resolve("ca.crt").toString())
                .withOauthTokenProvider(() -> read(token))
                .build(), RequestRateLimit.DEFAULT);
    }

    /** A client configured the way kubectl is: KUBECONFIG or ~/.kube/config, else the service account. */
    public static KubernetesClient fromDefault(RequestRateLimit limit) {
        return build(Config.autoConfigure(null), limit);
    }

    /** Adds Gantry's retry limit and request rate limit to a configuration. */
    static KubernetesClient build(Config config, RequestRateLimit limit) {
        config.setRequestRetryBackoffLimit(RETRIES);
        RateLimitInterceptor rateLimit = new RateLimitInterceptor(limit);
        return new KubernetesClientBuilder().withConfig(config)
                .withHttpClientBuilderConsumer(http -> http.addOrReplaceInterceptor(RateLimitInterceptor.NAME, rateLimit))
                .build();
    }

    private static String read(Path token) {
        try {
            return Files.readString(token, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the service account token at " + token, e);
        }
    }
}
