package dev.gantry.deploy.fabric8;

import dev.gantry.deploy.GantryLabels;
import dev.gantry.deploy.Inventory;
import dev.gantry.deploy.InventoryKey;
import dev.gantry.deploy.ObjectKey;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Translates an {@link Inventory} to and from the ConfigMap that stores it.
 *
 * <p>The ConfigMap is named {@link InventoryKey#objectName()} and lives in
 * {@link InventoryKey#namespace()}. It is read back only when its environment, repository and
 * project labels all equal the key's: an inventory is never taken from a ConfigMap that names
 * another owner. Repository and project are two labels rather than one
 * {@code <repository>.<project>} value: each is a DNS-1123 label, so each is always a valid
 * label value, while the joined form can pass the 63-character limit. The objects are one
 * compact JSON array under {@value #OBJECTS}, sorted, with fixed field order, so equal
 * inventories are equal bytes.
 */
final class InventoryConfigMap {

    static final String OBJECTS = "objects";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InventoryConfigMap() {
    }

    /** The ConfigMap that stores the inventory. */
    static ConfigMap toConfigMap(Inventory inventory) {
        InventoryKey key = inventory.key();
        return new ConfigMapBuilder()
                .withNewMetadata()
                .withName(key.objectName())
                .withNamespace(key.namespace())
                .addToLabels(GantryLabels.of(key.environment(), key.repository(), key.project()))
                .addToAnnotations(GantryLabels.RELEASE, inventory.release())
                .endMetadata()
                .addToData(OBJECTS, objectsJson(inventory.objects()))
                .build();
    }

    /** Reads the inventory back; a ConfigMap that Gantry did not write this way is refused. */
    static Inventory fromConfigMap(InventoryKey key, ConfigMap stored) {
        Map<String, String> labels = stored.getMetadata().getLabels();
        Map<String, String> annotations = stored.getMetadata().getAnnotations();
        Map<String, String> data = stored.getData();
        String where = "ConfigMap " + key.namespace() + "/" + key.objectName();
        if (labels == null || !GantryLabels.GANTRY.equals(labels.get(GantryLabels.MANAGED_BY))) {
            throw new IllegalStateException(where + " is not a Gantry inventory: it lacks "
                    + GantryLabels.MANAGED_BY + "=" + GantryLabels.GANTRY);
        }
        refuseAnotherOwner(where, labels, GantryLabels.ENVIRONMENT, key.environment());
        refuseAnotherOwner(where, labels, GantryLabels.REPOSITORY, key.repository());
        refuseAnotherOwner(where, labels, GantryLabels.PROJECT, key.project());
        if (annotations == null || annotations.get(GantryLabels.RELEASE) == null || data == null || data.get(OBJECTS) == null) {
            throw new IllegalStateException(where + " is not a readable inventory: it lacks the "
                    + GantryLabels.RELEASE + " annotation or the '" + OBJECTS + "' data key");
        }
        return new Inventory(key, annotations.get(GantryLabels.RELEASE), objects(where, data.get(OBJECTS)));
    }

    private static void refuseAnotherOwner(String where, Map<String, String> labels, String label, String expected) {
        if (!expected.equals(labels.get(label))) {
            throw new IllegalStateException(where + " is not the inventory it is named for: its label " + label + " is '"
                    + labels.get(label) + "', not '" + expected + "'; nothing is pruned from it");
        }
    }

    private static String objectsJson(List<ObjectKey> objects) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (ObjectKey object : objects) {
            ObjectNode entry = list.addObject().put("apiVersion", object.apiVersion()).put("kind", object.kind());
            if (object.namespace() != null) {
                entry.put("namespace", object.namespace());
            }
            entry.put("name", object.name());
        }
        return JSON.writeValueAsString(list);
    }

    private static List<ObjectKey> objects(String where, String json) {
        List<ObjectKey> objects = new ArrayList<>();
        try {
            JsonNode list = JSON.readTree(json);
            if (!list.isArray()) {
                throw new IllegalStateException(where + " holds no JSON array of objects but: " + list.getNodeType());
            }
            for (JsonNode entry : list) {
                objects.add(new ObjectKey(required(where, entry, "apiVersion"), required(where, entry, "kind"),
                        entry.path("namespace").stringValue(null), required(where, entry, "name")));
            }
        } catch (JacksonException e) {
            throw new IllegalStateException(where + " holds no JSON array of objects: " + e.getOriginalMessage(), e);
        }
        return objects;
    }

    private static String required(String where, JsonNode entry, String field) {
        String value = entry.path(field).stringValue(null);
        if (value == null) {
            throw new IllegalStateException(where + " lists an object without '" + field + "': " + entry);
        }
        return value;
    }
}
