package dev.gantry.deploy.fabric8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.deploy.Inventory;
import dev.gantry.deploy.InventoryKey;
import dev.gantry.deploy.ObjectKey;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inventory's ConfigMap form: deterministic, and refused when Gantry did not write it. */
class InventoryConfigMapTest {

    private static final InventoryKey KEY = new InventoryKey("dev", "platform", "auth", "team-a");
    private static final ObjectKey WEB = new ObjectKey("apps/v1", "Deployment", "team-a", "web");
    private static final ObjectKey TEAM_A = new ObjectKey("v1", "Namespace", null, "team-a");

    @Test
    void equalInventoriesGiveEqualConfigMapsWhateverTheOrderGiven() {
        ConfigMap one = InventoryConfigMap.toConfigMap(new Inventory(KEY, "sha", List.of(WEB, TEAM_A)));
        ConfigMap other = InventoryConfigMap.toConfigMap(new Inventory(KEY, "sha", List.of(TEAM_A, WEB, WEB)));

        assertThat(one).isEqualTo(other);
        assertThat(one.getMetadata().getName()).isEqualTo("gantry-inventory.dev.platform.auth");
        assertThat(one.getMetadata().getNamespace()).isEqualTo("team-a");
    }

    @Test
    void readsBackWhatItWrote() {
        Inventory inventory = new Inventory(KEY, "sha", List.of(WEB, TEAM_A));

        assertThat(InventoryConfigMap.fromConfigMap(KEY, InventoryConfigMap.toConfigMap(inventory))).isEqualTo(inventory);
    }

    @Test
    void refusesAConfigMapThatGantryDoesNotManage() {
        ConfigMap foreign = new ConfigMapBuilder().withNewMetadata().withName(KEY.objectName()).endMetadata()
                .addToData("objects", "[]").build();

        assertThatThrownBy(() -> InventoryConfigMap.fromConfigMap(KEY, foreign))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ConfigMap team-a/gantry-inventory.dev.platform.auth is not a Gantry inventory");
    }

    @Test
    void trustsAnInventoryOnlyWhenEnvironmentRepositoryAndProjectAllMatch() {
        ConfigMap stored = InventoryConfigMap.toConfigMap(new Inventory(KEY, "sha", List.of(WEB)));

        for (InventoryKey other : List.of(new InventoryKey("qa", "platform", "auth", "team-a"),
                new InventoryKey("dev", "platforms", "auth", "team-a"), new InventoryKey("dev", "platform", "other", "team-a"))) {
            assertThatThrownBy(() -> InventoryConfigMap.fromConfigMap(other, stored))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is not the inventory it is named for")
                    .hasMessageContaining("nothing is pruned from it");
        }
    }

    @Test
    void refusesObjectsThatAreNotAJsonArray() {
        ConfigMap broken = new ConfigMapBuilder(InventoryConfigMap.toConfigMap(new Inventory(KEY, "sha", List.of())))
                .addToData("objects", "{\"kind\":\"Deployment\"}").build();

        assertThatThrownBy(() -> InventoryConfigMap.fromConfigMap(KEY, broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds no JSON array");
    }

    @Test
    void refusesAnObjectWithoutAName() {
        ConfigMap broken = new ConfigMapBuilder(InventoryConfigMap.toConfigMap(new Inventory(KEY, "sha", List.of())))
                .addToData("objects", "[{\"apiVersion\":\"v1\",\"kind\":\"Secret\"}]").build();

        assertThatThrownBy(() -> InventoryConfigMap.fromConfigMap(KEY, broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without 'name'");
    }
}
