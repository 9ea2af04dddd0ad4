package dev.gantry.testing.cluster;

import io.fabric8.kubeapitest.KubeAPIServer;
import io.fabric8.kubeapitest.KubeAPIServerConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An etcd and kube-apiserver that Fabric8 kube-api-test starts from binaries already on disk, with
 * downloading turned off, and a kubeconfig file (owner-only) that points a client at it. Closing stops
 * both processes and deletes the file.
 */
final class KubeApiTestServer implements AutoCloseable {

    /** kube-api-test's own default; generous because the machine may be busy with other tests. */
    private static final int STARTUP_TIMEOUT_MILLIS = 120_000;

    private final KubeAPIServer server;
    private final Path kubeconfig;

    private KubeApiTestServer(KubeAPIServer server, Path kubeconfig) {
        this.server = server;
        this.kubeconfig = kubeconfig;
    }

    /**
     * Starts the API server of {@code binaries} and waits until it is ready.
     *
     * @throws io.fabric8.kubeapitest.KubeAPITestException when it cannot start
     */
    static KubeApiTestServer start(KubeApiTestBinaries binaries) {
        KubeAPIServer server = new KubeAPIServer(KubeAPIServerConfigBuilder.anAPIServerConfig()
                .withTestDir(binaries.directory().toString())
                .withApiServerVersion(binaries.version())
                .withOfflineMode(true)
                .withUpdateKubeConfig(false)
                .withWaitForEtcdHealthCheckOnStartup(false)
                .withStartupTimeout(STARTUP_TIMEOUT_MILLIS)
                .build());
        try {
            server.start();
            return new KubeApiTestServer(server, writeKubeconfig(server));
        } catch (RuntimeException e) {
            stopAfterFailure(server, e);
            throw e;
        }
    }

    /** The kubeconfig file naming this server and its client certificate. */
    Path kubeconfig() {
        return kubeconfig;
    }

    @Override
    public void close() throws IOException {
        try {
            server.stop();
        } finally {
            Files.deleteIfExists(kubeconfig);
        }
    }

    private static Path writeKubeconfig(KubeAPIServer server) {
        try {
            Path file = Files.createTempFile("gantry-kube-api-test-", ".kubeconfig");
            return Files.writeString(file, server.getKubeConfigYaml());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the kube-api-test kubeconfig", e);
        }
    }

    private static void stopAfterFailure(KubeAPIServer server, RuntimeException failure) {
        try {
            server.stop();
        } catch (RuntimeException stopping) {
            failure.addSuppressed(stopping);
        }
    }
}
