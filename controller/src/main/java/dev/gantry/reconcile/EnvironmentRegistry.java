package dev.gantry.reconcile;

import dev.gantry.pointer.DocumentInvalidException;
import dev.gantry.pointer.Environment;
import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.pointer.Problem;
import dev.gantry.release.Registry;

/** The registry an environment's releases come from: its own {@code registry:}, else the default. */
public final class EnvironmentRegistry {

    private EnvironmentRegistry() {
    }

    /**
     * The environment's registry, as the GitOps repository may name it (see {@link Registry#fromRepository}).
     *
     * @throws DocumentInvalidException locating the problem in the environment's file when it names a local folder
     */
    public static Registry of(Environment environment, Registry fallback) {
        if (environment.registry() == null) {
            return fallback;
        }
        try {
            return Registry.fromRepository(environment.registry());
        } catch (IllegalArgumentException e) {
            throw new DocumentInvalidException(Problem.atStart(GitOpsLayout.environmentPath(environment.name()), e.getMessage()));
        }
    }
}
