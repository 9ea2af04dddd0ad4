package dev.gantry.deploy.fabric8;

import dev.gantry.deploy.ResourceScope;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Optional;

/**
 * The scope of the built-in Kubernetes kinds that Fabric8's model knows, with no API server: what
 * {@code gantry diff} renders with, where there is no cluster to ask.
 */
public final class Fabric8ModelScopes {

    private final KubernetesSerialization serialization = new KubernetesSerialization();

    /**
     * Tells whether a built-in kind is namespaced.
     *
     * @param apiVersion group and version, such as {@code apps/v1}
     * @param kind the kind, such as {@code Deployment}
     * @return the kind's scope, or empty when Fabric8's model does not know the kind
     */
    public Optional<ResourceScope> scopeOf(String apiVersion, String kind) {
        Class<? extends KubernetesResource> type = serialization.getRegisteredKubernetesResource(apiVersion, kind);
        if (type == null || !HasMetadata.class.isAssignableFrom(type)) {
            return Optional.empty();
        }
        return Optional.of(Namespaced.class.isAssignableFrom(type) ? ResourceScope.NAMESPACED : ResourceScope.CLUSTER);
    }
}
