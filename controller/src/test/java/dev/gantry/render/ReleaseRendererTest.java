package dev.gantry.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.ResourceScope;
import dev.gantry.pointer.Environment;
import dev.gantry.pointer.ProjectRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReleaseRendererTest {

    private static final String RELEASE = "3f2c9d1e5b7a4c6d8e0f1a2b3c4d5e6f7a8b9c0d";
    private static final Set<String> CLUSTER_KINDS = Set.of("Namespace", "ClusterRole", "CustomResourceDefinition");
    private static final Set<String> NAMESPACED_KINDS = Set.of("Deployment", "Service", "ConfigMap");

    private final ReleaseRenderer renderer = new ReleaseRenderer((apiVersion, kind) ->
            CLUSTER_KINDS.contains(kind) ? Optional.of(ResourceScope.CLUSTER)
                    : NAMESPACED_KINDS.contains(kind) ? Optional.of(ResourceScope.NAMESPACED) : Optional.empty());

    private static Environment environment(List<Environment.ClusterResource> allowed) {
        return new Environment("staging", "dev", "{project}-{environment}", Environment.Cluster.IN_CLUSTER, null,
                Environment.Sync.DEFAULT, Environment.Approval.NONE, allowed);
    }

    private static RenderContext context(List<Environment.ClusterResource> allowed) {
        return new RenderContext(environment(allowed), new ProjectRef("platform", "hello"), RELEASE);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static SortedMap<String, byte[]> files(String... pathThenContent) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathThenContent.length; i += 2) {
            files.put(pathThenContent[i], pathThenContent[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: hello
              labels: { app: hello }
            spec:
              replicas: 1
              template:
                spec:
                  containers: [{ name: web, image: registry.example.com/web@sha256:abc }]
            ---
            apiVersion: v1
            kind: Service
            metadata: { name: hello }
            """;

    @Test
    void placesNamespacedObjectsInTheEnvironmentNamespaceAndMarksThem() {
        List<KubernetesObject> objects = renderer.render(files("app.yaml", DEPLOYMENT), new TreeMap<>(), context(List.of()));

        assertThat(objects).extracting(KubernetesObject::key).containsExactly(
                new ObjectKey("apps/v1", "Deployment", "hello-staging", "hello"),
                new ObjectKey("v1", "Service", "hello-staging", "hello"));
        Map<String, Object> metadata = map(objects.get(0).content().get("metadata"));
        assertThat(map(metadata.get("labels"))).containsEntry("app", "hello")
                .containsEntry("app.kubernetes.io/managed-by", "gantry")
                .containsEntry("gantry.dev/environment", "staging")
                .containsEntry("gantry.dev/repository", "platform").containsEntry("gantry.dev/project", "hello");
        assertThat(map(metadata.get("annotations"))).containsEntry("gantry.dev/release", RELEASE);
        assertThat(Confinement.violations(objects, context(List.of()))).isEmpty();
    }

    @Test
    void refusesAnObjectInAnotherNamespace() {
        String foreign = "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x, namespace: kube-system }\n";

        List<KubernetesObject> objects = renderer.render(files("cm.yaml", foreign), new TreeMap<>(), context(List.of()));

        assertThat(Confinement.violations(objects, context(List.of()))).singleElement().asString()
                .contains("ConfigMap kube-system/x").contains("outside namespace hello-staging");
    }

    @Test
    void refusesAClusterScopedKindTheEnvironmentDoesNotAllow() {
        String role = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: reader }\n";

        List<KubernetesObject> objects = renderer.render(files("role.yaml", role), new TreeMap<>(), context(List.of()));

        assertThat(objects.get(0).key().clusterScoped()).isTrue();
        assertThat(Confinement.violations(objects, context(List.of()))).singleElement().asString()
                .contains("ClusterRole reader").contains("does not allow ClusterRole");
        assertThat(Confinement.violations(objects, context(List.of(
                new Environment.ClusterResource("rbac.authorization.k8s.io", "ClusterRole"))))).isEmpty();
    }

    @Test
    void learnsTheScopeOfCustomResourcesFromTheReleasesOwnDefinition() {
        String crd = """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: { name: widgets.example.com }
                spec:
                  group: example.com
                  scope: Namespaced
                  names: { kind: Widget, plural: widgets }
                ---
                apiVersion: example.com/v1
                kind: Widget
                metadata: { name: w }
                """;

        List<KubernetesObject> objects = renderer.render(files("crd.yaml", crd), new TreeMap<>(), context(List.of()));

        assertThat(objects.get(1).key()).isEqualTo(new ObjectKey("example.com/v1", "Widget", "hello-staging", "w"));
    }

    @Test
    void failsForAKindNobodyServes() {
        String unknown = "apiVersion: example.com/v1\nkind: Gadget\nmetadata: { name: g }\n";

        assertThatThrownBy(() -> renderer.render(files("g.yaml", unknown), new TreeMap<>(), context(List.of())))
                .isInstanceOf(RenderException.class).hasMessageContaining("Gadget g").hasMessageContaining("does not serve");
    }

    @Test
    void mergesPatchesAndDeletesWhatTheySetToNull() {
        String patch = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: hello
                  labels: { app: null, tier: web }
                spec:
                  replicas: 3
                """;

        List<KubernetesObject> objects = renderer.render(files("app.yaml", DEPLOYMENT), files("replicas.yaml", patch),
                context(List.of()));

        Map<?, ?> spec = (Map<?, ?>) objects.get(0).content().get("spec");
        Map<String, Object> labels = map(map(objects.get(0).content().get("metadata")).get("labels"));
        assertThat(spec.get("replicas")).isEqualTo(3);
        assertThat(spec.get("template")).as("untouched by the patch").isNotNull();
        assertThat(labels).doesNotContainKey("app").containsEntry("tier", "web").containsEntry("gantry.dev/environment", "staging");
    }

    @Test
    void failsForAPatchThatMatchesNothing() {
        String patch = "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: helo }\nspec: { replicas: 2 }\n";

        assertThatThrownBy(() -> renderer.render(files("app.yaml", DEPLOYMENT), files("typo.yaml", patch), context(List.of())))
                .isInstanceOf(RenderException.class).hasMessageContaining("Deployment helo").hasMessageContaining("matches no object");
    }

    @Test
    void appliesNamespacesThenDefinitionsThenTheRest() {
        String mixed = """
                apiVersion: v1
                kind: ConfigMap
                metadata: { name: first }
                ---
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: { name: widgets.example.com }
                spec: { group: example.com, scope: Namespaced, names: { kind: Widget } }
                ---
                apiVersion: v1
                kind: Namespace
                metadata: { name: extra }
                """;

        List<KubernetesObject> ordered = ApplyOrder.sort(renderer.render(files("m.yaml", mixed), new TreeMap<>(), context(List.of())));

        assertThat(ordered).extracting(o -> o.key().kind()).containsExactly("Namespace", "CustomResourceDefinition", "ConfigMap");
    }

    @Test
    void namesTheFileOfADocumentThatIsNotAnObject() {
        assertThatThrownBy(() -> renderer.render(files("bad.yaml", "just: [a, list\n"), new TreeMap<>(), context(List.of())))
                .isInstanceOf(RenderException.class).hasMessageStartingWith("bad.yaml:2:1: invalid YAML");
        assertThatThrownBy(() -> renderer.render(files("bad.yaml", "kind: Thing\n"), new TreeMap<>(), context(List.of())))
                .isInstanceOf(RenderException.class).hasMessageContaining("needs apiVersion, kind and metadata.name");
    }
}
