package dev.gantry.deploy.fabric8;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.deploy.ResourceScope;
import org.junit.jupiter.api.Test;

class Fabric8ModelScopesTest {

    private final Fabric8ModelScopes scopes = new Fabric8ModelScopes();

    @Test
    void knowsTheBuiltInNamespacedKinds() {
        assertThat(scopes.scopeOf("apps/v1", "Deployment")).contains(ResourceScope.NAMESPACED);
        assertThat(scopes.scopeOf("v1", "ConfigMap")).contains(ResourceScope.NAMESPACED);
        assertThat(scopes.scopeOf("networking.k8s.io/v1", "Ingress")).contains(ResourceScope.NAMESPACED);
    }

    @Test
    void knowsTheBuiltInClusterScopedKinds() {
        assertThat(scopes.scopeOf("v1", "Namespace")).contains(ResourceScope.CLUSTER);
        assertThat(scopes.scopeOf("rbac.authorization.k8s.io/v1", "ClusterRole")).contains(ResourceScope.CLUSTER);
        assertThat(scopes.scopeOf("apiextensions.k8s.io/v1", "CustomResourceDefinition")).contains(ResourceScope.CLUSTER);
    }

    @Test
    void knowsNothingOfCustomKinds() {
        assertThat(scopes.scopeOf("example.dev/v1", "Widget")).isEmpty();
        assertThat(scopes.scopeOf("apps/v1", "Widget")).isEmpty();
    }
}
