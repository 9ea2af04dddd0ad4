package dev.gantry.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestDifferTest {

    private final ManifestDiffer differ = new ManifestDiffer();

    private static KubernetesObject configMap(String namespace, String name, String value) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        if (namespace != null) {
            metadata.put("namespace", namespace);
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("apiVersion", "v1");
        content.put("kind", "ConfigMap");
        content.put("metadata", metadata);
        content.put("data", Map.of("value", value));
        return new KubernetesObject(new ObjectKey("v1", "ConfigMap", namespace, name), content);
    }

    private ManifestDiff compare(List<KubernetesObject> before, List<KubernetesObject> after) {
        return differ.compare(new ManifestDiffer.Rendering("old", before), new ManifestDiffer.Rendering("new", after));
    }

    @Test
    void pairsObjectsByKeyAndSortsChangesByKey() {
        ManifestDiff diff = compare(List.of(configMap("a", "z", "1"), configMap("a", "b", "1"), configMap("a", "same", "1")),
                List.of(configMap("a", "same", "1"), configMap("a", "c", "1"), configMap("a", "z", "2")));

        assertThat(diff.changes()).extracting(change -> change.key().name() + ":" + change.kind())
                .containsExactly("b:REMOVED", "c:ADDED", "z:CHANGED");
        assertThat(diff.unchanged()).isEqualTo(1);
        assertThat(diff.count(ChangeKind.CHANGED)).isEqualTo(1);
        assertThat(diff.identical()).isFalse();
    }

    @Test
    void treatsTheSameNameInAnotherNamespaceAsAnotherObject() {
        ManifestDiff diff = compare(List.of(configMap("a", "x", "1")), List.of(configMap("b", "x", "1")));

        assertThat(diff.keys(ChangeKind.ADDED)).containsExactly(new ObjectKey("v1", "ConfigMap", "b", "x"));
        assertThat(diff.keys(ChangeKind.REMOVED)).containsExactly(new ObjectKey("v1", "ConfigMap", "a", "x"));
    }

    @Test
    void writesAUnifiedDiffOfTheObjectsYamlWithLabelledHeaders() {
        ManifestDiff diff = compare(List.of(configMap("a", "x", "1")), List.of(configMap("a", "x", "2")));

        assertThat(diff.changes().get(0).unifiedDiff()).containsExactly(
                "--- old/v1/ConfigMap/a/x", "+++ new/v1/ConfigMap/a/x", "@@ -4,4 +4,4 @@",
                "   name: x", "   namespace: a", " data:", "-  value: '1'", "+  value: '2'");
    }

    @Test
    void leavesTheNamespaceOutOfTheHeaderOfAClusterScopedObject() {
        ManifestDiff diff = compare(List.of(), List.of(configMap(null, "x", "1")));

        assertThat(diff.changes().get(0).unifiedDiff()).startsWith("--- old/v1/ConfigMap/x", "+++ new/v1/ConfigMap/x",
                "@@ -0,0 +1,6 @@", "+apiVersion: v1");
    }

    @Test
    void findsNothingBetweenEqualRenderings() {
        ManifestDiff diff = compare(List.of(configMap("a", "x", "1")), List.of(configMap("a", "x", "1")));

        assertThat(diff.identical()).isTrue();
        assertThat(diff.unchanged()).isEqualTo(1);
    }
}
