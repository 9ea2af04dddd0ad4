package dev.gantry.deploy.fabric8;

import dev.gantry.deploy.ResourceScope;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the API server serves, from its discovery documents, cached per group/version.
 *
 * <p>A kind found is remembered for the life of this object: a kind's plural and scope do not
 * change while it is served. A kind not found is never remembered, so a CustomResourceDefinition
 * applied a moment ago is seen on the next lookup, at the price of one discovery request.
 */
final class ApiDiscovery {

    private final KubernetesClient client;
    private final Map<String, List<APIResource>> served = new ConcurrentHashMap<>();

    ApiDiscovery(KubernetesClient client) {
        this.client = client;
    }

    /** The scope of a kind, or empty when the API server does not serve it. */
    Optional<ResourceScope> scopeOf(String apiVersion, String kind) {
        return find(apiVersion, kind).map(type -> Boolean.TRUE.equals(type.getNamespaced())
                ? ResourceScope.NAMESPACED : ResourceScope.CLUSTER);
    }

    /** How to address objects of a kind, or empty when the API server does not serve it. */
    Optional<ResourceDefinitionContext> resolve(String apiVersion, String kind) {
        return find(apiVersion, kind).map(type -> ResourceDefinitionContext.fromApiResource(apiVersion, type));
    }

    private Optional<APIResource> find(String apiVersion, String kind) {
        Optional<APIResource> known = find(served.getOrDefault(apiVersion, List.of()), kind);
        return known.isPresent() ? known : find(discover(apiVersion), kind);
    }

    private static Optional<APIResource> find(List<APIResource> types, String kind) {
        return types.stream().filter(type -> kind.equals(type.getKind())).findFirst();
    }

    private List<APIResource> discover(String apiVersion) {
        APIResourceList list;
        try {
            list = client.getApiResources(apiVersion);
        } catch (KubernetesClientException e) {
            throw ApiFailures.unavailable("discover the kinds served in " + apiVersion, e);
        }
        if (list == null || list.getResources() == null) {
            served.remove(apiVersion);
            return List.of();
        }
        List<APIResource> types = list.getResources().stream()
                .filter(type -> type.getName() != null && !type.getName().contains("/"))
                .toList();
        served.put(apiVersion, types);
        return types;
    }
}
