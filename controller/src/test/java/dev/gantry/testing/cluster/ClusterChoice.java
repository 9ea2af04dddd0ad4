package dev.gantry.testing.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Which cluster the integration tests run against, decided from the environment alone: the real
 * API server that {@value #KUBECONFIG} names; else the project's test control plane when its binary
 * is built; else none. With none, tests that need a real API server are skipped, unless
 * {@code CI=true}: there they fail, because CI builds the control plane and a skip would hide that it
 * did not.
 */
sealed interface ClusterChoice {

    /** The environment variable naming a kubeconfig file of a real API server. */
    String KUBECONFIG = "GANTRY_IT_KUBECONFIG";

    /** Where the choice and a started control plane are kept, once per JVM (the root context's store). */
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
            return Optional.of(new RealApiServer(file, describe(), Optional.empty()));
        }
    }

    /** The project's loopback control plane, started from its built binary. */
    record ControlPlane(Path binary) implements ClusterChoice {
        @Override
        public String describe() {
            return "the test control plane " + binary + " (" + KUBECONFIG + " is not set)";
        }

        /** Starts one control plane for the whole JVM; the root store closes it at the end. */
        @Override
        public Optional<RealApiServer> apiServer(ExtensionContext context) {
            TestControlPlane plane = context.getRoot().getStore(JVM_WIDE).computeIfAbsent(TestControlPlane.class,
                    key -> TestControlPlane.start(binary), TestControlPlane.class);
            return Optional.of(new RealApiServer(plane.kubeconfig(), describe(), Optional.of(plane)));
        }
    }

    /**
     * No real API server: no kubeconfig, and no binary at any of {@code searched}.
     *
     * @param required whether tests must fail rather than skip ({@code CI=true})
     */
    record NoApiServer(List<Path> searched, boolean required) implements ClusterChoice {
        @Override
        public String describe() {
            return KUBECONFIG + " is not set, and the test control plane is not built (looked for "
                    + searched.stream().map(Path::toString).collect(Collectors.joining(", ")) + ")";
        }

        /** What to do about it, for a skip or failure message. */
        String remedy() {
            return "run test-cluster/build.sh (needs Go), or set " + KUBECONFIG + " to a kubeconfig file, or "
                    + TestControlPlaneBinary.VARIABLE + " to a built gantry-test-cluster";
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

    /** The choice for this JVM's system properties, environment and working directory. */
    static ClusterChoice fromEnvironment() {
        UnaryOperator<String> environment = name -> name.equals(TestControlPlaneBinary.VARIABLE)
                && System.getProperty(TestControlPlaneBinary.PROPERTY) != null
                        ? System.getProperty(TestControlPlaneBinary.PROPERTY) : System.getenv(name);
        return of(environment, Path.of(System.getProperty("user.dir")));
    }

    /**
     * The choice for a given environment.
     *
     * @param environment reads an environment variable
     * @param workingDirectory where to start looking for the built control plane
     * @throws IllegalStateException when {@value #KUBECONFIG} is set but names no file
     */
    static ClusterChoice of(UnaryOperator<String> environment, Path workingDirectory) {
        String kubeconfig = environment.apply(KUBECONFIG);
        if (kubeconfig != null && !kubeconfig.isBlank()) {
            Path file = Path.of(kubeconfig);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(KUBECONFIG + " names " + file + ", which is not a file");
            }
            return new Kubeconfig(file);
        }
        List<Path> candidates = TestControlPlaneBinary.candidates(environment, workingDirectory);
        return TestControlPlaneBinary.find(candidates).<ClusterChoice>map(ControlPlane::new)
                .orElseGet(() -> new NoApiServer(candidates, "true".equals(environment.apply("CI"))));
    }
}
