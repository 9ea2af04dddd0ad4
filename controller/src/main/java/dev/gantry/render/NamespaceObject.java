package dev.gantry.render;

import dev.gantry.deploy.GantryLabels;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import java.util.LinkedHashMap;
import java.util.Map;

/** The environment's namespace for a project, applied before the release so it exists. */
public final class NamespaceObject {

    private NamespaceObject() {
    }

    /** The Namespace object for a project in its environment, labelled as Gantry's. */
    public static KubernetesObject of(RenderContext context) {
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put(GantryLabels.MANAGED_BY, GantryLabels.GANTRY);
        labels.put(GantryLabels.ENVIRONMENT, context.environment().name());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", context.namespace());
        metadata.put("labels", labels);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("apiVersion", "v1");
        content.put("kind", "Namespace");
        content.put("metadata", metadata);
        return new KubernetesObject(new ObjectKey("v1", "Namespace", null, context.namespace()), content);
    }
}
