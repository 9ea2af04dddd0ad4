package dev.gantry.reconcile;

import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads a release's manifest files into objects: every non-empty YAML document must be one Kubernetes object. */
public final class ManifestParser {

    /**
     * Built once: a builder makes a new scalar resolver and compiles its patterns, which cost more
     * than parsing a small manifest. Immutable, so every thread shares it. Errors name the file
     * themselves, so the settings carry no per-file label.
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder().setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(16).build();

    private ManifestParser() {
    }

    /**
     * Parses the files in path order, documents in file order.
     *
     * @param files YAML files by path
     * @return the objects, as written, with no namespace, label or patch added
     * @throws RenderException when a file is not YAML or a document is not a Kubernetes object
     */
    public static List<KubernetesObject> parse(SortedMap<String, byte[]> files) {
        List<KubernetesObject> objects = new ArrayList<>();
        files.forEach((path, content) -> objects.addAll(parseFile(path, content)));
        return objects;
    }

    private static List<KubernetesObject> parseFile(String path, byte[] content) {
        List<KubernetesObject> objects = new ArrayList<>();
        try {
            int index = 0;
            for (Object document : new Load(SETTINGS).loadAllFromString(new String(content, StandardCharsets.UTF_8))) {
                index++;
                if (document != null) {
                    objects.add(object(path, index, document));
                }
            }
        } catch (YamlEngineException e) {
            throw new RenderException(path + ": invalid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return objects;
    }

    @SuppressWarnings("unchecked")
    private static KubernetesObject object(String path, int index, Object document) {
        if (!(document instanceof Map<?, ?> map)) {
            throw new RenderException(path + ": document " + index + " is not a mapping");
        }
        Map<String, Object> content = (Map<String, Object>) deepCopy(map);
        String apiVersion = text(content.get("apiVersion"));
        String kind = text(content.get("kind"));
        Object metadata = content.get("metadata");
        String name = metadata instanceof Map<?, ?> meta ? text(meta.get("name")) : null;
        String namespace = metadata instanceof Map<?, ?> meta ? text(meta.get("namespace")) : null;
        if (apiVersion == null || kind == null || name == null) {
            throw new RenderException(path + ": document " + index + " needs apiVersion, kind and metadata.name");
        }
        return new KubernetesObject(new ObjectKey(apiVersion, kind, namespace, name), content);
    }

    /** A mutable deep copy, so later steps can add labels and patches. */
    static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), deepCopy(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(deepCopy(item)));
            return copy;
        }
        return value;
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isBlank() ? text : null;
    }
}
