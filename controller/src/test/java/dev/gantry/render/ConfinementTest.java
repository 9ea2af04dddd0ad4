package dev.gantry.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.ResourceScope;
import dev.gantry.pointer.Environment;
import dev.gantry.pointer.ProjectRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What a hostile release cannot get past confinement: Gantry's own names and labels, built-in groups, claimed scopes. */
class ConfinementTest {

    private static final String RELEASE = "3f2c9d1e5b7a4c6d8e0f1a2b3c4d5e6f7a8b9c0d";
    private static final Environment.ClusterResource CRDS =
            new Environment.ClusterResource("apiextensions.k8s.io", "CustomResourceDefinition");

    private static RenderContext context(List<Environment.ClusterResource> allowed) {
        return new RenderContext(new Environment("staging", "dev", "{project}-{environment}", Environment.Cluster.IN_CLUSTER,
                null, Environment.Sync.DEFAULT, Environment.Approval.NONE, allowed), new ProjectRef("platform", "hello"), RELEASE);
    }

    /** Discovery of a cluster that serves core kinds, CRDs, and {@code Gadget} of it.example.com as cluster-scoped. */
    private static Optional<ResourceScope> discovery(String apiVersion, String kind) {
        return switch (kind) {
            case "ConfigMap" -> Optional.of(ResourceScope.NAMESPACED);
            case "CustomResourceDefinition", "Gadget" -> Optional.of(ResourceScope.CLUSTER);
            default -> Optional.empty();
        };
    }

    private static List<String> violations(String yaml, List<Environment.ClusterResource> allowed) {
        TreeMap<String, byte[]> files = new TreeMap<>(Map.of("app.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        List<KubernetesObject> objects = new ReleaseRenderer(ConfinementTest::discovery).render(files, new TreeMap<>(),
                context(allowed));
        return Confinement.violations(objects, context(allowed));
    }

    @Test
    void aReleaseCannotShipAConfigMapNamedLikeAnInventory() {
        String forged = """
                apiVersion: v1
                kind: ConfigMap
                metadata: { name: gantry-inventory.staging.platform.other }
                data: { objects: '[{"apiVersion":"v1","kind":"Namespace","name":"kube-system"}]' }
                """;

        assertThat(violations(forged, List.of())).singleElement().asString()
                .contains("ConfigMap hello-staging/gantry-inventory.staging.platform.other")
                .contains("reserves for its inventories");
    }

    @Test
    void aReleaseCannotCarryLabelsOrAnnotationsOnlyGantrySets() {
        String labelled = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: plain
                  labels: { gantry.dev/inventory: "true", gantry.dev/project: other, app: plain }
                  annotations: { gantry.dev/inventory: "yes" }
                """;

        assertThat(violations(labelled, List.of()))
                .containsExactly("ConfigMap hello-staging/plain (v1) carries label gantry.dev/inventory=true, which only Gantry sets",
                        "ConfigMap hello-staging/plain (v1) carries annotation gantry.dev/inventory=yes, which only Gantry sets");
    }

    @Test
    void aReleasesDefinitionCannotMakeAClusterScopedKindLookNamespaced() {
        String claimed = """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: { name: gadgets.it.example.com }
                spec:
                  group: it.example.com
                  scope: Namespaced
                  names: { kind: Gadget, plural: gadgets }
                ---
                apiVersion: it.example.com/v1
                kind: Gadget
                metadata: { name: g }
                """;

        assertThat(violations(claimed, List.of(CRDS))).singleElement().asString()
                .startsWith("Gadget g (it.example.com/v1) is cluster-scoped").contains("does not allow Gadget");
    }

    @Test
    void aReleaseCannotDefineKindsInABuiltInGroup() {
        String redefined = """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: { name: clusterroles.rbac.authorization.k8s.io }
                spec:
                  group: rbac.authorization.k8s.io
                  scope: Namespaced
                  names: { kind: ClusterRole, plural: clusterroles }
                """;

        assertThat(violations(redefined, List.of(CRDS))).singleElement().asString()
                .contains("defines kinds in 'rbac.authorization.k8s.io', one of Kubernetes' built-in API groups");
    }

    @Test
    void aDefinitionIsClusterScopedAndNeedsTheEnvironmentsPermission() {
        String crd = """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: { name: widgets.it.example.com }
                spec: { group: it.example.com, scope: Namespaced, names: { kind: Widget, plural: widgets } }
                """;

        assertThat(violations(crd, List.of())).singleElement().asString()
                .contains("is cluster-scoped").contains("does not allow CustomResourceDefinition");
        assertThat(violations(crd, List.of(CRDS))).isEmpty();
    }

    @Test
    void pruneIsHeldToTheSameFenceAsApply() {
        RenderContext context = context(List.of());

        assertThat(Confinement.violation(new ObjectKey("v1", "ConfigMap", "kube-system", "coredns"), context)).isPresent();
        assertThat(Confinement.violation(new ObjectKey("v1", "Namespace", null, "kube-system"), context)).isPresent();
        assertThat(Confinement.violation(new ObjectKey("v1", "ConfigMap", "hello-staging", "mine"), context)).isEmpty();
    }
}
