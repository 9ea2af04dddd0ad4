package dev.gantry.reconcile;

import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.pointer.Environment;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a release inside its environment: every namespaced object in the environment's namespace
 * for the project, and only the cluster-scoped kinds the environment allows.
 */
final class Confinement {

    private Confinement() {
    }

    /** Every object that breaks the rules, with the reason; empty when the release may be applied. */
    static List<String> violations(List<KubernetesObject> objects, RenderContext context) {
        List<String> violations = new ArrayList<>();
        for (KubernetesObject object : objects) {
            ObjectKey key = object.key();
            if (key.clusterScoped() && !allowed(key, context.environment())) {
                violations.add(key + " is cluster-scoped and environment " + context.environment().name()
                        + " does not allow " + key.kind() + " in allowedClusterResources");
            } else if (!key.clusterScoped() && !key.namespace().equals(context.namespace())) {
                violations.add(key + " is outside namespace " + context.namespace() + " of environment "
                        + context.environment().name());
            }
        }
        return violations;
    }

    private static boolean allowed(ObjectKey key, Environment environment) {
        return environment.allowedClusterResources().stream()
                .anyMatch(resource -> resource.kind().equals(key.kind()) && resource.group().equals(key.group()));
    }
}
