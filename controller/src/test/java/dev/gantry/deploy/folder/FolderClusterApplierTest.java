package dev.gantry.deploy.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.deploy.ApplyRejectedException;
import dev.gantry.deploy.ClusterApplierContract;
import dev.gantry.deploy.HealthStatus;
import dev.gantry.deploy.Inventory;
import dev.gantry.deploy.InventoryKey;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.ResourceScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded target keeps the {@link ClusterApplierContract} without an API server's
 * capabilities, and writes each object as a stable file in its environment's folder.
 */
class FolderClusterApplierTest extends ClusterApplierContract {

    private static final ObjectKey SERVICE = new ObjectKey("v1", "Service", "hello-dev", "hello");
    private static final ObjectKey DEPLOYMENT = new ObjectKey("apps/v1", "Deployment", "hello-dev", "hello");

    @TempDir
    Path root;

    private FolderClusterApplier applier;

    @BeforeEach
    void writeToTheTemporaryFolder() {
        applier = new FolderClusterApplier(root);
    }

    @Override
    protected FolderClusterApplier applier() {
        return applier;
    }

    @Override
    protected String namespace() {
        return "hello-dev";
    }

    /** No uid in what it reads back, no namespaces to exist, no discovery, no validation: nothing runs here. */
    @Override
    protected Set<Capability> capabilities() {
        return EnumSet.noneOf(Capability.class);
    }

    private static KubernetesObject object(ObjectKey key, String environment) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", key.name());
        if (key.namespace() != null) {
            metadata.put("namespace", key.namespace());
        }
        metadata.put("labels", Map.of("gantry.dev/environment", environment));
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("apiVersion", key.apiVersion());
        content.put("kind", key.kind());
        content.put("metadata", metadata);
        return new KubernetesObject(key, content);
    }

    @Test
    void writesEachObjectToAStableFileInItsEnvironmentsFolder() throws Exception {
        applier().apply(object(DEPLOYMENT, "dev"));
        applier().apply(object(new ObjectKey("v1", "Namespace", null, "hello-dev"), "dev"));

        assertThat(root.resolve("dev/hello-dev/deployment.apps_hello.yaml")).content()
                .startsWith("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: hello\n  namespace: hello-dev\n");
        assertThat(root.resolve("dev/_cluster/namespace_hello-dev.yaml")).exists();
    }

    @Test
    void deletingRemovesTheObjectsFile() {
        applier().apply(object(SERVICE, "dev"));

        applier().delete(SERVICE);

        assertThat(root.resolve("dev/hello-dev/service_hello.yaml")).doesNotExist();
    }

    @Test
    void keepsTheInventoryInAFileOutsideTheEnvironmentsObjects() {
        InventoryKey key = new InventoryKey("dev", "platform", "hello", "hello-dev");
        Inventory inventory = new Inventory(key, "a".repeat(40), List.of(SERVICE, DEPLOYMENT));

        applier().writeInventory(inventory);

        assertThat(root.resolve(".inventories/dev/gantry-inventory.dev.platform.hello.yaml")).exists();
        assertThat(root.resolve("dev")).doesNotExist();
    }

    @Test
    void refusesAnObjectWithoutItsEnvironmentLabel() {
        KubernetesObject unlabelled = new KubernetesObject(SERVICE, Map.of("apiVersion", "v1", "kind", "Service",
                "metadata", Map.of("name", "hello")));

        assertThatThrownBy(() -> applier().apply(unlabelled)).isInstanceOf(ApplyRejectedException.class)
                .hasMessageContaining("gantry.dev/environment");
        assertThatThrownBy(() -> applier().dryRun(unlabelled)).isInstanceOf(ApplyRejectedException.class)
                .hasMessageContaining("gantry.dev/environment");
    }

    @Test
    void refusesANameThatWouldLeaveTheFolder() {
        ObjectKey escaping = new ObjectKey("v1", "ConfigMap", "hello-dev", "../../outside");

        assertThatThrownBy(() -> applier().apply(object(escaping, "dev"))).isInstanceOf(ApplyRejectedException.class)
                .hasMessageContaining("DNS subdomain");
        assertThatThrownBy(() -> applier().dryRun(object(escaping, "dev"))).isInstanceOf(ApplyRejectedException.class)
                .hasMessageContaining("DNS subdomain");
        assertThat(root.getParent().resolve("outside.yaml")).doesNotExist();
    }

    @Test
    void knowsTheScopeOfAClusterScopedDefinitionItHoldsWhateverItsVersions() {
        Map<String, Object> definition = new LinkedHashMap<>(object(new ObjectKey("apiextensions.k8s.io/v1",
                "CustomResourceDefinition", null, "widgets.example.com"), "dev").content());
        definition.put("spec", Map.of("group", "example.com", "scope", "Cluster", "names", Map.of("kind", "Widget")));
        applier().apply(new KubernetesObject(new ObjectKey("apiextensions.k8s.io/v1", "CustomResourceDefinition", null,
                "widgets.example.com"), definition));

        assertThat(applier().scopeOf("example.com/v1", "Widget")).contains(ResourceScope.CLUSTER);
        assertThat(applier().scopeOf("example.com/v2", "Widget")).contains(ResourceScope.CLUSTER);
        assertThat(applier().scopeOf("example.com/v1", "Gadget")).isEmpty();
    }

    @Test
    void takesAnyOtherKindOfABuiltInGroupAsNamespacedHavingNoDiscovery() {
        assertThat(applier().scopeOf("v1", "Widget")).contains(ResourceScope.NAMESPACED);
        assertThat(applier().scopeOf("apps/v2", "Deployment")).contains(ResourceScope.NAMESPACED);
    }

    @Test
    void saysHealthCannotBeJudgedOnceWritten() {
        assertThat(FolderClusterApplier.assess(SERVICE, Map.of("kind", "Service")).status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(FolderClusterApplier.assess(SERVICE, null).status()).isEqualTo(HealthStatus.PROGRESSING);
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws Exception {
        applier().apply(object(SERVICE, "dev"));

        try (var files = Files.list(root.resolve("dev/hello-dev"))) {
            assertThat(files.map(path -> path.getFileName().toString()).toList()).containsExactly("service_hello.yaml");
        }
    }
}
