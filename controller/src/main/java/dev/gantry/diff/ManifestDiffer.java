package dev.gantry.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Compares two renderings of a project: objects are paired by apiVersion, kind, namespace and
 * name, and each pair that differs gets a unified diff of its YAML. A pure function.
 */
public final class ManifestDiffer {

    private static final int CONTEXT_LINES = 3;

    private final Dump yaml = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(200).build());

    /**
     * Compares the renderings.
     *
     * @param before the objects as they are now, labelled for the diff header (such as {@code production})
     * @param after the objects as they would be
     * @return the objects added, changed and removed, in key order
     */
    public ManifestDiff compare(Rendering before, Rendering after) {
        SortedMap<ObjectKey, KubernetesObject> old = byKey(before.objects());
        SortedMap<ObjectKey, KubernetesObject> next = byKey(after.objects());
        TreeSet<ObjectKey> keys = new TreeSet<>(old.keySet());
        keys.addAll(next.keySet());
        List<ObjectChange> changes = new ArrayList<>();
        int unchanged = 0;
        for (ObjectKey key : keys) {
            List<String> from = lines(old.get(key));
            List<String> to = lines(next.get(key));
            if (from.equals(to)) {
                unchanged++;
                continue;
            }
            ChangeKind kind = from.isEmpty() ? ChangeKind.ADDED : to.isEmpty() ? ChangeKind.REMOVED : ChangeKind.CHANGED;
            changes.add(new ObjectChange(key, kind, UnifiedDiffUtils.generateUnifiedDiff(
                    before.label() + "/" + path(key), after.label() + "/" + path(key), from, DiffUtils.diff(from, to),
                    CONTEXT_LINES)));
        }
        return new ManifestDiff(changes, unchanged);
    }

    private static SortedMap<ObjectKey, KubernetesObject> byKey(List<KubernetesObject> objects) {
        SortedMap<ObjectKey, KubernetesObject> map = new TreeMap<>();
        objects.forEach(object -> map.put(object.key(), object));
        return map;
    }

    private List<String> lines(KubernetesObject object) {
        if (object == null) {
            return List.of();
        }
        Map<String, Object> content = object.content();
        return yaml.dumpToString(content).lines().toList();
    }

    /** {@code apiVersion/kind/namespace/name}, the namespace left out for cluster-scoped objects. */
    static String path(ObjectKey key) {
        return key.apiVersion() + "/" + key.kind() + "/" + (key.namespace() == null ? "" : key.namespace() + "/")
                + key.name();
    }

    /**
     * One side of a comparison.
     *
     * @param label names the side in diff headers, such as an environment or a short release SHA
     * @param objects the rendered objects
     */
    public record Rendering(String label, List<KubernetesObject> objects) {

        /** Copies the list so the record stays immutable. */
        public Rendering {
            objects = List.copyOf(objects);
        }
    }
}
