package dev.gantry.testing.cluster;

import io.fabric8.kubeapitest.Utils;
import io.fabric8.kubeapitest.binary.OSInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Which cluster the integration tests run against, decided from the environment alone: the real
 * API server that {@value #KUBECONFIG} names; else a kube-api-test API server when its binaries are
 * on disk; else none, and the whole-loop tests use the in-memory fake.
 */
sealed interface ClusterChoice {

    /** The environment variable naming a kubeconfig file of a real API server. */
    String KUBECONFIG = "GANTRY_IT_KUBECONFIG";

    /** Where the choice and a started kube-api-test server are kept, once per JVM (the root context's store). */
    ExtensionContext.Namespace JVM_WIDE = ExtensionContext.Namespace.create(ClusterChoice.class);

    /** One sentence saying what was chosen and why, for reports; never a credential. */
    String describe();

    /**
     * The real API server of this choice, started on first use and kept for the rest of the test run.
     *
     * @param context any test's context; its root store holds what was started
     * @return the server, or empty when this choice has none
     */
    Optional<RealApiServer> apiServer(ExtensionContext context);

    /** The real API server a kubeconfig file names. */
    record Kubeconfig(Path file) implements ClusterChoice {
        @Override
        public String describe() {
            return "the real API server named by " + KUBECONFIG + "=" + file;
        }

        @Override
        public Optional<RealApiServer> apiServer(ExtensionContext context) {
            return Optional.of(new RealApiServer(file, describe()));
        }
    }

    /** An etcd and kube-apiserver that kube-api-test starts from binaries already on disk. */
    record KubeApiTest(KubeApiTestBinaries binaries) implements ClusterChoice {
        @Override
        public String describe() {
            return "a kube-api-test API server (" + KUBECONFIG + " is not set; kube-apiserver " + binaries.version()
                    + " from " + binaries.directory() + ", download disabled)";
        }

        /** Starts one server for the whole JVM; the root store closes it, stopping etcd and kube-apiserver, at the end. */
        @Override
        public Optional<RealApiServer> apiServer(ExtensionContext context) {
            KubeApiTestServer server = context.getRoot().getStore(JVM_WIDE).computeIfAbsent(KubeApiTestServer.class,
                    key -> KubeApiTestServer.start(binaries), KubeApiTestServer.class);
            return Optional.of(new RealApiServer(server.kubeconfig(), describe()));
        }
    }

    /** No real API server: neither a kubeconfig nor kube-api-test binaries in any of {@code searched}. */
    record NoApiServer(List<Path> searched, String platform) implements ClusterChoice {
        @Override
        public String describe() {
            return KUBECONFIG + " is not set, and no kube-api-test binaries (etcd, kube-apiserver, kubectl) are at "
                    + searched.stream().map(directory -> KubeApiTestBinaries.expectedLayout(directory, platform).toString())
                            .collect(Collectors.joining(" or "));
        }

        @Override
        public Optional<RealApiServer> apiServer(ExtensionContext context) {
            return Optional.empty();
        }
    }

    /** The choice for this test run, made once from the environment and kept in the root store. */
    static ClusterChoice forRun(ExtensionContext context) {
        return context.getRoot().getStore(JVM_WIDE).computeIfAbsent(ClusterChoice.class,
                key -> fromEnvironment(), ClusterChoice.class);
    }

    /** The choice for this JVM's environment, home directory and platform. */
    static ClusterChoice fromEnvironment() {
        return of(System::getenv, Path.of(System.getProperty("user.home")), Utils.platformSuffix(new OSInfo()));
    }

    /**
     * The choice for a given environment.
     *
     * @param environment reads an environment variable
     * @param home the user's home directory, under which kube-api-test keeps its binaries by default
     * @param platform kube-api-test's platform suffix, such as {@code -linux-amd64}
     * @throws IllegalStateException when {@value #KUBECONFIG} is set but names no file
     */
    static ClusterChoice of(UnaryOperator<String> environment, Path home, String platform) {
        String kubeconfig = environment.apply(KUBECONFIG);
        if (kubeconfig != null && !kubeconfig.isBlank()) {
            Path file = Path.of(kubeconfig);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(KUBECONFIG + " names " + file + ", which is not a file");
            }
            return new Kubeconfig(file);
        }
        List<Path> directories = KubeApiTestBinaries.directories(environment, home);
        return KubeApiTestBinaries.findIn(directories, platform).<ClusterChoice>map(KubeApiTest::new)
                .orElseGet(() -> new NoApiServer(directories, platform));
    }
}
