package dev.gantry.testing.cluster;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link RealApiServer} parameters for a {@link WithRealApiServer} class, or aborts each of
 * its tests, before its {@code @BeforeEach} methods, when {@link ClusterChoice} finds no real API server.
 */
public final class RealApiServerExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    /** Says once per class which server its tests use; starts the control plane here, not inside a test. */
    @Override
    public void beforeAll(ExtensionContext context) {
        ClusterChoice choice = ClusterChoice.forRun(context);
        System.out.println("[" + context.getDisplayName() + "] API server: " + choice.describe());
        choice.apiServer(context);
    }

    /** Aborts here rather than in {@code beforeAll}, so each test is counted as skipped. */
    @Override
    public void beforeEach(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RealApiServer.class;
    }

    @Override
    public RealApiServer resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    private static RealApiServer server(ExtensionContext context) {
        ClusterChoice choice = ClusterChoice.forRun(context);
        return choice.apiServer(context).orElseGet(() -> missing(choice));
    }

    /** Aborts the test with the reason and the remedy; fails it instead when CI requires a server. */
    static RealApiServer missing(ClusterChoice choice) {
        ClusterChoice.NoApiServer none = (ClusterChoice.NoApiServer) choice;
        String reason = "no real Kubernetes API server: " + none.describe() + ". To run it, " + none.remedy();
        if (none.required()) {
            throw new IllegalStateException("CI=true requires a real API server; " + reason);
        }
        return Assumptions.abort(reason);
    }
}
