package dev.gantry.reconcile;

import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.ResourceScope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Knows whether a kind is namespaced: from the CustomResourceDefinitions in the release itself
 * first (their kinds may not be served yet), then from the API server's discovery.
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
        ResourceScope known = fromRelease.get(key.group() + "/" + key.kind());
        if (known != null) {
            return known;
        }
        return discovery.apply(key.apiVersion(), key.kind()).orElseThrow(() -> new RenderException(key
                + ": the cluster does not serve this kind and the release defines no CustomResourceDefinition for it"));
    }

    @SuppressWarnings("unchecked")
    private void learn(KubernetesObject crd) {
        if (!(crd.content().get("spec") instanceof Map<?, ?> spec) || !(spec.get("names") instanceof Map<?, ?> names)) {
            return;
        }
        Object group = spec.get("group");
        Object kind = names.get("kind");
        if (group instanceof String g && kind instanceof String k) {
            fromRelease.put(g + "/" + k, "Cluster".equals(spec.get("scope")) ? ResourceScope.CLUSTER : ResourceScope.NAMESPACED);
        }
    }
}
