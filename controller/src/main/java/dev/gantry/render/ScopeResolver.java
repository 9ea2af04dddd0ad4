package dev.gantry.render;

import dev.gantry.deploy.BuiltInKinds;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.ResourceScope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Knows whether a kind is namespaced, trusting sources in this order: the API server's discovery
 * (what it serves is what it will do), then Kubernetes' built-in kinds, and only for a kind that
 * neither knows, the CustomResourceDefinition the release itself ships for it. That last answer is
 * what the API server will do once the release's CRD is established, and the cluster applier
 * checks it against discovery again before it applies any object of the kind; a release's CRD for a
 * built-in group is never read (confinement refuses it).
 */
final class ScopeResolver {

    private final Map<String, ResourceScope> fromRelease = new HashMap<>();
    private final BiFunction<String, String, Optional<ResourceScope>> discovery;

    /** Reads the CRDs among {@code objects}; {@code discovery} answers (apiVersion, kind). */
    ScopeResolver(List<KubernetesObject> objects, BiFunction<String, String, Optional<ResourceScope>> discovery) {
        this.discovery = discovery;
        objects.stream().filter(ApplyOrder::isCustomResourceDefinition).forEach(this::learn);
    }

    /** The scope of the object's kind. */
    ResourceScope scopeOf(ObjectKey key) {
        Optional<ResourceScope> served = discovery.apply(key.apiVersion(), key.kind())
                .or(() -> BuiltInKinds.of(key.group(), key.kind()));
        if (served.isPresent()) {
            return served.get();
        }
        ResourceScope defined = fromRelease.get(key.group() + "/" + key.kind());
        if (defined == null) {
            throw new RenderException(key
                    + ": the cluster does not serve this kind and the release defines no CustomResourceDefinition for it");
        }
        return defined;
    }

    /** The group a CustomResourceDefinition defines, or empty when its content names none. */
    static Optional<String> definedGroup(KubernetesObject crd) {
        return crd.content().get("spec") instanceof Map<?, ?> spec && spec.get("group") instanceof String group
                ? Optional.of(group) : Optional.empty();
    }

    private void learn(KubernetesObject crd) {
        if (!(crd.content().get("spec") instanceof Map<?, ?> spec) || !(spec.get("names") instanceof Map<?, ?> names)) {
            return;
        }
        Object group = spec.get("group");
        Object kind = names.get("kind");
        if (group instanceof String g && kind instanceof String k && !BuiltInKinds.isBuiltInGroup(g)) {
            fromRelease.put(g + "/" + k, "Cluster".equals(spec.get("scope")) ? ResourceScope.CLUSTER : ResourceScope.NAMESPACED);
        }
    }
}
