package dev.gantry.testing.cluster;

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
 * namespace is deleted. The target is a real API server when {@link ClusterChoice} finds one, else the
 * in-memory fake; never the fake when {@code CI=true}.
 */
public final class ClusterTargetExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(ClusterTargetExtension.class);
    private static final String TARGET = "target";

    /** Says once per class which cluster its tests use; starts the control plane here, not inside a test. */
    @Override
    public void beforeAll(ExtensionContext context) {
        ClusterChoice choice = ClusterChoice.forRun(context);
        if (choice instanceof ClusterChoice.NoApiServer none && none.required()) {
            RealApiServerExtension.missing(none);
        }
        String which = choice.apiServer(context).map(RealApiServer::description)
                .orElse("the in-memory ClusterApplier fake, not a real API server (" + choice.describe() + ")");
        System.out.println("[" + context.getDisplayName() + "] cluster target: " + which);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String namespace = "gantry-it-" + UUID.randomUUID().toString().substring(0, 8);
        ClusterTarget target = ClusterChoice.forRun(context).apiServer(context)
                .<ClusterTarget>map(server -> KubeconfigClusterTarget.open(server, namespace))
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
}
