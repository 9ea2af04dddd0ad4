package dev.gantry.deploy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A namespaced {@code Widget} custom resource definition in a group of its own, so that tests
 * against a shared API server never meet each other's definitions.
 *
 * @param group the API group, such as {@code it-1a2b3c4d.gantry.dev}
 */
public record WidgetDefinition(String group) {

    /** A definition in a fresh random group. */
    public static WidgetDefinition inRandomGroup() {
        return new WidgetDefinition("it-" + UUID.randomUUID().toString().substring(0, 8) + ".gantry.dev");
    }

    /** The definition's name, {@code widgets.<group>}. */
    public String name() {
        return "widgets." + group;
    }

    /** The widgets' API version. */
    public String apiVersion() {
        return group + "/v1";
    }

    /** The definition's key. */
    public ObjectKey key() {
        return new ObjectKey("apiextensions.k8s.io/v1", "CustomResourceDefinition", null, name());
    }

    /** The definition as Gantry would apply it. */
    public Map<String, Object> content() {
        Map<String, Object> schema = Map.of("openAPIV3Schema",
                Map.of("type", "object", "x-kubernetes-preserve-unknown-fields", true));
        return Map.of(
                "apiVersion", "apiextensions.k8s.io/v1",
                "kind", "CustomResourceDefinition",
                "metadata", Map.of("name", name()),
                "spec", Map.of(
                        "group", group,
                        "scope", "Namespaced",
                        "names", Map.of("plural", "widgets", "singular", "widget", "kind", "Widget", "listKind", "WidgetList"),
                        "versions", List.of(Map.of("name", "v1", "served", true, "storage", true, "schema", schema))));
    }

    /**
     * The definition with a status that already reports it established: a real API server ignores
     * the status on create and establishes the definition itself; the mock server keeps it.
     */
    public Map<String, Object> contentReportedEstablished() {
        Map<String, Object> content = new HashMap<>(content());
        content.put("status", Map.of("conditions", List.of(
                Map.of("type", "NamesAccepted", "status", "True"),
                Map.of("type", "Established", "status", "True"))));
        return content;
    }

    /** One widget. */
    public Map<String, Object> widget(String namespace, String name, String size) {
        return Map.of("apiVersion", apiVersion(), "kind", "Widget",
                "metadata", Map.of("name", name, "namespace", namespace),
                "spec", Map.of("size", size));
    }
}
