package dev.gantry.render;

import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.manifest.ManifestInvalidException;
import dev.gantry.manifest.ManifestYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Reads a release's manifest files, or an environment's patches, into objects: every non-empty YAML
 * document must be one Kubernetes object. The files are read by {@link ManifestYaml} within its
 * default limits, counted across the whole set.
 */
public final class ManifestParser {

    private ManifestParser() {
    }

    /**
     * Parses the files in path order, documents in file order.
     *
     * @param files YAML files by path
     * @return the objects, as written, with no namespace, label or patch added
     * @throws RenderException when a file is not YAML, passes a limit of {@link ManifestYaml}, or
     *     a document is not a Kubernetes object; the message names the file
     */
    public static List<KubernetesObject> parse(SortedMap<String, byte[]> files) {
        ManifestYaml yaml = new ManifestYaml();
        List<KubernetesObject> objects = new ArrayList<>();
        files.forEach((path, content) -> objects.addAll(parseFile(yaml, path, content)));
        return objects;
    }

    private static List<KubernetesObject> parseFile(ManifestYaml yaml, String path, byte[] content) {
        List<Object> documents;
        try {
            documents = yaml.documents(path, content);
        } catch (ManifestInvalidException e) {
            throw new RenderException(e.getMessage());
        }
        List<KubernetesObject> objects = new ArrayList<>();
        for (int index = 0; index < documents.size(); index++) {
            if (documents.get(index) != null) {
                objects.add(object(path, index + 1, documents.get(index)));
            }
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
