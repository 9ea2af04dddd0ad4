package dev.gantry.testing.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Opens a {@link ClusterTarget} before each test of a {@link WithClusterTarget} class and closes it
 * after the test's own {@code @AfterEach} methods, so the controller has stopped before its
 * namespace is deleted.
 */
public final class ClusterTargetExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

    /** The environment variable naming a kubeconfig file of a real API server. */
    public static final String KUBECONFIG = "GANTRY_IT_KUBECONFIG";

    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(ClusterTargetExtension.class);
    private static final String TARGET = "target";

    @Override
    public void beforeAll(ExtensionContext context) {
        String which = kubeconfig().map(file -> "the real API server named by " + KUBECONFIG + "=" + file)
                .orElse("the in-memory ClusterApplier fake, not a real API server (" + KUBECONFIG + " is not set)");
        System.out.println("[" + context.getDisplayName() + "] cluster target: " + which);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String namespace = "gantry-it-" + UUID.randomUUID().toString().substring(0, 8);
        ClusterTarget target = kubeconfig().<ClusterTarget>map(file -> KubeconfigClusterTarget.open(file, namespace))
                .orElseGet(() -> new InMemoryClusterTarget(namespace));
        context.getStore(STORE).put(TARGET, target);
        context.publishReportEntry("cluster target", target.description());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClusterTarget target = context.getStore(STORE).remove(TARGET, ClusterTarget.class);
        if (target != null) {
            target.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ClusterTarget.class;
    }

    @Override
    public ClusterTarget resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ClusterTarget target = context.getStore(STORE).get(TARGET, ClusterTarget.class);
        if (target == null) {
            throw new IllegalStateException("no cluster target for " + context.getDisplayName()
                    + "; take ClusterTarget as a test method parameter of a @WithClusterTarget class");
        }
        return target;
    }

    private static Optional<Path> kubeconfig() {
        String value = System.getenv(KUBECONFIG);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(KUBECONFIG + " names " + file + ", which is not a file");
        }
        return Optional.of(file);
    }
}
