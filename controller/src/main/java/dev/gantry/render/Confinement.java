package dev.gantry.render;

import dev.gantry.deploy.BuiltInKinds;
import dev.gantry.deploy.GantryLabels;
import dev.gantry.deploy.InventoryKey;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.pointer.Environment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a release inside its environment: every namespaced object in the environment's namespace
 * for the project, only the cluster-scoped kinds the environment allows, and nothing that only
 * Gantry may write (its inventories, its labels and annotations). Prune is held to the same fence:
 * {@link #violation(ObjectKey, RenderContext)} is asked before every delete.
 */
public final class Confinement {

    private Confinement() {
    }

    /** Every object that breaks the rules, with the reason; empty when the release may be applied. */
    public static List<String> violations(List<KubernetesObject> objects, RenderContext context) {
        List<String> violations = new ArrayList<>();
        for (KubernetesObject object : objects) {
            violation(object.key(), context).ifPresent(violations::add);
            reservedName(object.key()).ifPresent(violations::add);
            builtInGroup(object).ifPresent(violations::add);
            violations.addAll(reservedMetadata(object, context));
        }
        return violations;
    }

    /** Why an object may not be applied, or deleted, for this environment; empty when it may. */
    public static Optional<String> violation(ObjectKey key, RenderContext context) {
        if (key.clusterScoped() && !allowed(key, context.environment())) {
            return Optional.of(key + " is cluster-scoped and environment " + context.environment().name()
                    + " does not allow " + key.kind() + " in allowedClusterResources");
        }
        if (!key.clusterScoped() && !key.namespace().equals(context.namespace())) {
            return Optional.of(key + " is outside namespace " + context.namespace() + " of environment "
                    + context.environment().name());
        }
        return Optional.empty();
    }

    private static Optional<String> reservedName(ObjectKey key) {
        if (key.kind().equals("ConfigMap") && key.group().isEmpty() && key.name().startsWith(InventoryKey.NAME_PREFIX)) {
            return Optional.of(key + " uses a name Gantry reserves for its inventories ('" + InventoryKey.NAME_PREFIX + "...')");
        }
        return Optional.empty();
    }

    private static Optional<String> builtInGroup(KubernetesObject object) {
        if (!ApplyOrder.isCustomResourceDefinition(object)) {
            return Optional.empty();
        }
        return ScopeResolver.definedGroup(object).filter(BuiltInKinds::isBuiltInGroup)
                .map(group -> object.key() + " defines kinds in '" + group + "', one of Kubernetes' built-in API groups");
    }

    /** Gantry's labels and annotations carry exactly the values it stamps, and the release adds no others. */
    private static List<String> reservedMetadata(KubernetesObject object, RenderContext context) {
        Map<String, String> stamped = new HashMap<>();
        context.labels().forEach((name, value) -> stamped.put("labels/" + name, value));
        stamped.put("annotations/" + GantryLabels.RELEASE, context.release());
        List<String> violations = new ArrayList<>();
        Object metadata = object.content().get("metadata");
        for (String field : List.of("labels", "annotations")) {
            if (!(metadata instanceof Map<?, ?> fields) || !(fields.get(field) instanceof Map<?, ?> entries)) {
                continue;
            }
            entries.forEach((name, value) -> {
                String path = field + "/" + name;
                boolean gantrys = String.valueOf(name).startsWith(GantryLabels.PREFIX) || stamped.containsKey(path);
                if (gantrys && !String.valueOf(value).equals(stamped.get(path))) {
                    violations.add(object.key() + " carries " + field.substring(0, field.length() - 1) + " " + name + "="
                            + value + ", which only Gantry sets");
                }
            });
        }
        return violations;
    }

    private static boolean allowed(ObjectKey key, Environment environment) {
        return environment.allowedClusterResources().stream()
                .anyMatch(resource -> resource.kind().equals(key.kind()) && resource.group().equals(key.group()));
    }
}
