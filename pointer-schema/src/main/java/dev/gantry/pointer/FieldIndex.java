package dev.gantry.pointer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The field names a schema allows at each place of a document, for "unknown field" hints. */
final class FieldIndex {

    private final Map<String, List<String>> fieldsByPlace;

    private FieldIndex(Map<String, List<String>> fieldsByPlace) {
        this.fieldsByPlace = fieldsByPlace;
    }

    /** Indexes a schema; array items are indexed under {@code *}. */
    static FieldIndex of(JsonNode schema) {
        Map<String, List<String>> index = new HashMap<>();
        walk(schema, schema, "", index, 0);
        return new FieldIndex(index);
    }

    /** The fields allowed in the object at a JSON Pointer; empty if unknown. */
    List<String> fieldsAt(String pointer) {
        return fieldsByPlace.getOrDefault(pointer.replaceAll("/[0-9]+(?=/|$)", "/*"), List.of());
    }

    private static void walk(JsonNode root, JsonNode node, String place, Map<String, List<String>> index, int depth) {
        if (depth > 16 || node == null || !node.isObject()) {
            return;
        }
        JsonNode resolved = resolve(root, node);
        JsonNode properties = resolved.get("properties");
        if (properties != null && properties.isObject()) {
            List<String> names = new ArrayList<>(properties.propertyNames());
            index.put(place, List.copyOf(names));
            for (String name : names) {
                walk(root, properties.get(name), place + "/" + NodeTreeConverter.escape(name), index, depth + 1);
            }
        }
        walk(root, resolved.get("items"), place + "/*", index, depth + 1);
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isString() && ref.stringValue().startsWith("#")) {
            return root.at(ref.stringValue().substring(1));
        }
        return node;
    }
}
