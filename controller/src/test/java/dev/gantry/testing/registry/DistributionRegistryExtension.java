package dev.gantry.testing.registry;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts a {@link DistributionRegistry} before a {@link WithDistributionRegistry} class and closes it after;
 * without the binary, every test of the class is aborted with the reason, so reports count them as skipped.
 */
public final class DistributionRegistryExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {

    /** Configuration parameter (or system property) naming the registry binary. */
    public static final String BINARY_PARAMETER = "gantry.registry.binary";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DistributionRegistryExtension.class);

    /** Store key; a nested class's own registry shadows its enclosing class's, since store lookups walk upwards. */
    private static final String REGISTRY = "registry";

    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<WithDistributionRegistry> wanted =
                AnnotationSupport.findAnnotation(context.getRequiredTestClass(), WithDistributionRegistry.class);
        Path binary = binary(context);
        if (wanted.isPresent() && DistributionRegistry.installed(binary)) {
            context.getStore(NAMESPACE).put(REGISTRY, DistributionRegistry.start(binary, wanted.get().value()));
        }
        // a nested class without the annotation uses its enclosing class's registry
    }

    /** Aborts the test when the binary is missing; aborting in beforeAll would hide the tests from the counts. */
    @Override
    public void beforeEach(ExtensionContext context) {
        abortUnlessInstalled(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        DistributionRegistry registry = context.getStore(NAMESPACE).remove(REGISTRY, DistributionRegistry.class);
        if (registry != null) {
            registry.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DistributionRegistry.class;
    }

    @Override
    public DistributionRegistry resolveParameter(ParameterContext parameter, ExtensionContext context) {
        abortUnlessInstalled(context);
        DistributionRegistry registry = context.getStore(NAMESPACE).get(REGISTRY, DistributionRegistry.class);
        if (registry == null) {
            throw new IllegalStateException("no registry was started for " + context.getDisplayName()
                    + "; annotate its class with @WithDistributionRegistry");
        }
        return registry;
    }

    private static void abortUnlessInstalled(ExtensionContext context) {
        Path binary = binary(context);
        if (!DistributionRegistry.installed(binary)) {
            Assumptions.abort("the CNCF distribution registry (docker-registry) is not installed at " + binary
                    + ": apt-get install docker-registry");
        }
    }

    private static Path binary(ExtensionContext context) {
        return context.getConfigurationParameter(BINARY_PARAMETER).map(Path::of).orElse(DistributionRegistry.DEFAULT_BINARY);
    }
}
