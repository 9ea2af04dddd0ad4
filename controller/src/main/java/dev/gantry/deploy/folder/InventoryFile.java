package dev.gantry.deploy.folder;

import dev.gantry.deploy.Inventory;
import dev.gantry.deploy.InventoryKey;
import dev.gantry.deploy.ObjectKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A project's inventory as the YAML mapping kept in its file. */
final class InventoryFile {

    private InventoryFile() {
    }

    /** The inventory as a mapping: its release and its objects. */
    static Map<String, Object> toMap(Inventory inventory) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (ObjectKey key : inventory.objects()) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("apiVersion", key.apiVersion());
            object.put("kind", key.kind());
            if (!key.clusterScoped()) {
                object.put("namespace", key.namespace());
            }
            object.put("name", key.name());
            objects.add(object);
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("release", inventory.release());
        content.put("objects", objects);
        return content;
    }

    /** Reads the inventory of {@code key} back from its mapping. */
    static Inventory fromMap(InventoryKey key, Map<String, Object> content) {
        List<ObjectKey> objects = new ArrayList<>();
        if (content.get("objects") instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> object) {
                    objects.add(new ObjectKey(text(object, "apiVersion"), text(object, "kind"),
                            (String) object.get("namespace"), text(object, "name")));
                }
            }
        }
        return new Inventory(key, String.valueOf(content.get("release")), objects);
    }

    private static String text(Map<?, ?> object, String field) {
        return String.valueOf(object.get(field));
    }
}
