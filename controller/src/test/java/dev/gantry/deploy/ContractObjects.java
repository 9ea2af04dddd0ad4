package dev.gantry.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects the {@link ClusterApplierContract} applies, each labelled as Gantry renders it for
 * environment {@value #ENVIRONMENT} (the folder target chooses its folder by that label).
 *
 * @param namespace the namespace the test owns
 */
record ContractObjects(String namespace) {

    /** The environment every object is labelled for. */
    static final String ENVIRONMENT = "dev";

    /** The key of a ConfigMap in the test's namespace. */
    ObjectKey configMapKey(String name) {
        return new ObjectKey("v1", "ConfigMap", namespace, name);
    }

    /** A ConfigMap in the test's namespace. */
    KubernetesObject configMap(String name, Map<String, String> data) {
        return configMap(configMapKey(name), data);
    }

    /** A ConfigMap with the given key, which may name another namespace or none. */
    static KubernetesObject configMap(ObjectKey key, Map<String, String> data) {
        Map<String, Object> content = skeleton(key);
        content.put("data", data);
        return new KubernetesObject(key, content);
    }

    /** A ClusterRole wrongly given the test's namespace, named after it so that it is unique. */
    KubernetesObject clusterRoleConfinedHere() {
        ObjectKey key = new ObjectKey("rbac.authorization.k8s.io/v1", "ClusterRole", namespace, "escaped-" + namespace);
        return new KubernetesObject(key, skeleton(key));
    }

    /** A Deployment without the selector an API server requires. */
    KubernetesObject deploymentWithoutSelector(String name) {
        ObjectKey key = new ObjectKey("apps/v1", "Deployment", namespace, name);
        Map<String, Object> content = skeleton(key);
        content.put("spec", Map.of("template", Map.of("spec",
                Map.of("containers", List.of(Map.of("name", name, "image", "nginx"))))));
        return new KubernetesObject(key, content);
    }

    /** A Widget of a kind no definition serves. */
    KubernetesObject unservedWidget() {
        ObjectKey key = new ObjectKey("example.dev/v1", "Widget", namespace, "w");
        return new KubernetesObject(key, skeleton(key));
    }

    /** The definition itself, labelled. */
    static KubernetesObject definition(WidgetDefinition widgets) {
        return labelled(widgets.key(), widgets.content());
    }

    /** One widget of the definition's kind in the test's namespace. */
    KubernetesObject widget(WidgetDefinition widgets, String name, String size) {
        ObjectKey key = new ObjectKey(widgets.apiVersion(), "Widget", namespace, name);
        return labelled(key, widgets.widget(namespace, name, size));
    }

    private static Map<String, Object> skeleton(ObjectKey key) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", key.name());
        if (key.namespace() != null) {
            metadata.put("namespace", key.namespace());
        }
        metadata.put("labels", labels());
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("apiVersion", key.apiVersion());
        content.put("kind", key.kind());
        content.put("metadata", metadata);
        return content;
    }

    @SuppressWarnings("unchecked")
    private static KubernetesObject labelled(ObjectKey key, Map<String, Object> content) {
        Map<String, Object> copy = new LinkedHashMap<>(content);
        Map<String, Object> metadata = new LinkedHashMap<>((Map<String, Object>) content.get("metadata"));
        metadata.put("labels", labels());
        copy.put("metadata", metadata);
        return new KubernetesObject(key, copy);
    }

    private static Map<String, String> labels() {
        return GantryLabels.of(ENVIRONMENT, "platform", "contract");
    }
}
