package dev.gantry.render;

import dev.gantry.deploy.GantryLabels;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.ResourceScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.BiFunction;

/**
 * Renders a release for one environment: the release's objects in the environment's namespace,
 * labelled and annotated as Gantry's, with the environment's JSON merge patches applied.
 */
public final class ReleaseRenderer {

    private final BiFunction<String, String, Optional<ResourceScope>> discovery;

    /** Renders with the cluster's discovery, answering (apiVersion, kind) with a scope. */
    public ReleaseRenderer(BiFunction<String, String, Optional<ResourceScope>> discovery) {
        this.discovery = discovery;
    }

    /**
     * Renders the release.
     *
     * @param manifests the release's manifest files by path
     * @param patches the environment's patch files for the project by file name
     * @param context where the release goes
     * @return the objects to apply, in rendered order
     * @throws RenderException when a file is not valid, a patch matches nothing, or a kind is unknown
     */
    public List<KubernetesObject> render(SortedMap<String, byte[]> manifests, SortedMap<String, byte[]> patches,
            RenderContext context) {
        List<KubernetesObject> parsed = ManifestParser.parse(manifests);
        ScopeResolver scopes = new ScopeResolver(parsed, discovery);
        List<KubernetesObject> rendered = new ArrayList<>();
        for (KubernetesObject object : parsed) {
            rendered.add(place(object, scopes.scopeOf(object.key()), context));
        }
        return Overlays.apply(rendered, ManifestParser.parse(patches), context);
    }

    @SuppressWarnings("unchecked")
    private static KubernetesObject place(KubernetesObject object, ResourceScope scope, RenderContext context) {
        Map<String, Object> content = new LinkedHashMap<>(object.content());
        Map<String, Object> metadata = (Map<String, Object>) ManifestParser.deepCopy(content.get("metadata"));
        String namespace = object.key().namespace();
        if (scope == ResourceScope.NAMESPACED && namespace == null) {
            namespace = context.namespace();
            metadata.put("namespace", namespace);
        }
        Map<String, Object> labels = childMap(metadata, "labels");
        labels.putAll(context.labels());
        childMap(metadata, "annotations").put(GantryLabels.RELEASE, context.release());
        content.put("metadata", metadata);
        ObjectKey key = new ObjectKey(object.key().apiVersion(), object.key().kind(),
                scope == ResourceScope.CLUSTER ? null : namespace, object.key().name());
        if (scope == ResourceScope.CLUSTER && object.key().namespace() != null) {
            throw new RenderException(key + " is cluster-scoped but names namespace " + object.key().namespace());
        }
        return new KubernetesObject(key, content);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> childMap(Map<String, Object> parent, String name) {
        Object child = parent.get(name);
        if (child instanceof Map<?, ?>) {
            return (Map<String, Object>) child;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        parent.put(name, created);
        return created;
    }
}
