package dev.gantry.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ClusterApplier} must do, written against the port alone, so that no adapter,
 * and no fake, drifts from the others: the in-memory fake ({@code InMemoryClusterApplierTest}), the
 * embedded folder target ({@code FolderClusterApplierTest}) and Fabric8 on a real API server
 * ({@code Fabric8ClusterApplierIT}) all run it. What an adapter legitimately cannot do is a
 * {@link Capability} it does not declare; each test of that capability is then aborted with a
 * reason naming it, never passed.
 */
public abstract class ClusterApplierContract {

    /** What an API server does that not every adapter can. */
    public enum Capability {
        /** {@code read} shows, in the object's metadata, the uid and resource version {@code apply} returned. */
        LIVE_METADATA,
        /** A namespaced object is refused, on apply and dry run, until its Namespace exists. */
        NAMESPACES,
        /** {@code scopeOf} answers from what is served: a made-up kind or version of a built-in group is unknown. */
        DISCOVERY,
        /** Objects are validated against their kind's schema, on apply and dry run. */
        VALIDATION
    }

    private static final String SHA = "3f2c9d1e5b7a4c6d8e0f1a2b3c4d5e6f7a8b9c0d";
    private static final String NEXT_SHA = "4a3d0e2f6c8b5d7e9f1a2b3c4d5e6f7a8b9c0d1e";
    private static final Duration ESTABLISHED = Duration.ofSeconds(60);

    /** Names of the definitions a test applied; a real API server's suite removes them afterwards. */
    protected final List<String> definitionsToRemove = new ArrayList<>();

    /** The adapter under test; the same instance throughout one test. */
    protected abstract ClusterApplier applier();

    /** A namespace that exists for this test and that it owns. */
    protected abstract String namespace();

    /** What this adapter can do beyond what every adapter must. */
    protected abstract Set<Capability> capabilities();

    @Test
    void knowsTheScopeOfBuiltInKinds() {
        assertThat(applier().scopeOf("v1", "ConfigMap")).contains(ResourceScope.NAMESPACED);
        assertThat(applier().scopeOf("apps/v1", "Deployment")).contains(ResourceScope.NAMESPACED);
        assertThat(applier().scopeOf("networking.k8s.io/v1", "Ingress")).contains(ResourceScope.NAMESPACED);
        assertThat(applier().scopeOf("v1", "Namespace")).contains(ResourceScope.CLUSTER);
        assertThat(applier().scopeOf("rbac.authorization.k8s.io/v1", "ClusterRole")).contains(ResourceScope.CLUSTER);
        assertThat(applier().scopeOf("rbac.authorization.k8s.io/v1", "ClusterRoleBinding")).contains(ResourceScope.CLUSTER);
        assertThat(applier().scopeOf("storage.k8s.io/v1", "StorageClass")).contains(ResourceScope.CLUSTER);
        assertThat(applier().scopeOf("apiextensions.k8s.io/v1", "CustomResourceDefinition")).contains(ResourceScope.CLUSTER);
    }

    @Test
    void knowsNothingOfAKindThatNoDefinitionServes() {
        assertThat(applier().scopeOf("example.dev/v1", "Widget")).isEmpty();
    }

    @Test
    void knowsNothingOfAMadeUpKindOrVersionOfABuiltInGroup() {
        assumeCapable(Capability.DISCOVERY);

        assertThat(applier().scopeOf("v1", "Widget")).isEmpty();
        assertThat(applier().scopeOf("apps/v2", "Deployment")).isEmpty();
    }

    @Test
    void appliesAnObjectAndReturnsItsKeyUidAndResourceVersion() {
        AppliedObject applied = applier().apply(objects().configMap("applied", Map.of("colour", "blue")));

        assertThat(applied.key()).isEqualTo(objects().configMapKey("applied"));
        assertThat(applied.uid()).isNotBlank();
        assertThat(applied.resourceVersion()).isNotBlank();
        Map<String, Object> live = applier().read(applied.key()).orElseThrow();
        assertThat(live).containsEntry("kind", "ConfigMap").containsEntry("data", Map.of("colour", "blue"));
        assertThat(metadata(live)).containsEntry("name", "applied").containsEntry("namespace", namespace())
                .containsEntry("labels", GantryLabels.of(ContractObjects.ENVIRONMENT, "platform", "contract"));
    }

    @Test
    void readsTheUidAndResourceVersionThatApplyReturned() {
        assumeCapable(Capability.LIVE_METADATA);

        AppliedObject applied = applier().apply(objects().configMap("applied", Map.of("colour", "blue")));

        assertThat(metadata(applier().read(applied.key()).orElseThrow()))
                .containsEntry("uid", applied.uid()).containsEntry("resourceVersion", applied.resourceVersion());
    }

    @Test
    void reapplyingTheSameObjectChangesNothing() {
        KubernetesObject settings = objects().configMap("settings", Map.of("colour", "blue"));
        AppliedObject first = applier().apply(settings);

        AppliedObject second = applier().apply(settings);

        assertThat(second).isEqualTo(first);
        assertThat(applier().read(settings.key()).orElseThrow()).containsEntry("data", Map.of("colour", "blue"));
    }

    @Test
    void reapplyingWithoutAFieldRemovesItKeepsTheUidAndGivesANewResourceVersion() {
        AppliedObject first = applier().apply(objects().configMap("owned", Map.of("colour", "blue", "size", "large")));

        AppliedObject second = applier().apply(objects().configMap("owned", Map.of("colour", "blue")));

        assertThat(second.uid()).isEqualTo(first.uid());
        assertThat(second.resourceVersion()).isNotEqualTo(first.resourceVersion());
        assertThat(applier().read(first.key()).orElseThrow()).containsEntry("data", Map.of("colour", "blue"));
    }

    @Test
    void refusesAKindItDoesNotServe() {
        KubernetesObject widget = objects().unservedWidget();

        assertRefused(widget, "Widget " + namespace() + "/w", "does not serve kind Widget in example.dev/v1");
        assertThat(applier().read(widget.key())).isEmpty();
    }

    @Test
    void refusesANamespacedObjectThatNamesNoNamespace() {
        KubernetesObject nowhere = ContractObjects.configMap(new ObjectKey("v1", "ConfigMap", null, "nowhere"), Map.of());

        assertRefused(nowhere, "ConfigMap is namespaced but the object names no namespace");
        assertThat(applier().read(objects().configMapKey("nowhere"))).isEmpty();
    }

    @Test
    void refusesAClusterScopedObjectConfinedToANamespace() {
        KubernetesObject confined = objects().clusterRoleConfinedHere();

        assertRefused(confined, "serves ClusterRole as cluster-scoped, but it was confined as an object of namespace "
                + namespace());
        ObjectKey key = confined.key();
        assertThat(applier().read(new ObjectKey(key.apiVersion(), key.kind(), null, key.name()))).isEmpty();
    }

    @Test
    void refusesAnObjectInANamespaceThatDoesNotExist() {
        assumeCapable(Capability.NAMESPACES);
        KubernetesObject stray = ContractObjects.configMap(new ObjectKey("v1", "ConfigMap", namespace() + "-missing", "stray"),
                Map.of());

        assertRefused(stray, "404");
    }

    @Test
    void refusesAnInvalidObjectNamingItAndTheReason() {
        assumeCapable(Capability.VALIDATION);
        KubernetesObject web = objects().deploymentWithoutSelector("web");

        assertRefused(web, "Deployment " + namespace() + "/web", "422");
        assertThat(applier().read(web.key())).isEmpty();
    }

    @Test
    void dryRunStoresNothing() {
        KubernetesObject settings = objects().configMap("trial", Map.of("colour", "blue"));

        applier().dryRun(settings);

        assertThat(applier().read(settings.key())).isEmpty();
    }

    @Test
    void dryRunLeavesAnExistingObjectAsItWas() {
        AppliedObject applied = applier().apply(objects().configMap("settings", Map.of("colour", "blue")));

        applier().dryRun(objects().configMap("settings", Map.of("colour", "red")));

        assertThat(applier().read(applied.key()).orElseThrow()).containsEntry("data", Map.of("colour", "blue"));
    }

    @Test
    void appliesADefinitionThenACustomResourceOfItsKind() {
        WidgetDefinition widgets = WidgetDefinition.inRandomGroup();
        assertThat(applier().scopeOf(widgets.apiVersion(), "Widget")).isEmpty();
        definitionsToRemove.add(widgets.name());

        applier().apply(ContractObjects.definition(widgets));
        applier().awaitEstablished(widgets.key(), ESTABLISHED);
        await().atMost(Duration.ofSeconds(30)).until(() -> applier().scopeOf(widgets.apiVersion(), "Widget").isPresent());
        AppliedObject applied = applier().apply(objects().widget(widgets, "w", "large"));

        assertThat(applier().scopeOf(widgets.apiVersion(), "Widget")).contains(ResourceScope.NAMESPACED);
        assertThat(applied.uid()).isNotBlank();
        assertThat(applier().read(applied.key()).orElseThrow()).containsEntry("spec", Map.of("size", "large"));
    }

    @Test
    void givesUpWaitingForADefinitionThatWasNeverApplied() {
        WidgetDefinition widgets = WidgetDefinition.inRandomGroup();

        assertThatThrownBy(() -> applier().awaitEstablished(widgets.key(), Duration.ofMillis(300)))
                .isInstanceOf(ClusterUnavailableException.class)
                .hasMessageContaining(widgets.name())
                .hasMessageContaining("was not established");
    }

    @Test
    void readsNothingForAMissingObject() {
        assertThat(applier().read(objects().configMapKey("missing"))).isEmpty();
    }

    @Test
    void readsNothingForAKindItDoesNotServe() {
        assertThat(applier().read(objects().unservedWidget().key())).isEmpty();
    }

    @Test
    void deletesAnObject() {
        AppliedObject doomed = applier().apply(objects().configMap("doomed", Map.of("colour", "grey")));

        applier().delete(doomed.key());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(applier().read(doomed.key())).isEmpty());
    }

    @Test
    void deletingAMissingObjectIsFine() {
        assertThatCode(() -> applier().delete(objects().configMapKey("never-there"))).doesNotThrowAnyException();
        assertThatCode(() -> applier().delete(objects().unservedWidget().key())).doesNotThrowAnyException();
    }

    @Test
    void readsNoInventoryForAProjectThatHasNone() {
        assertThat(applier().readInventory(inventoryKey("dev", "platform", "auth"))).isEmpty();
    }

    @Test
    void writesReadsReplacesAndDeletesAnInventory() {
        InventoryKey key = inventoryKey("dev", "platform", "auth");
        Inventory first = new Inventory(key, SHA, List.of(objects().configMapKey("a"), new ObjectKey("v1", "Namespace", null,
                "team-a"), new ObjectKey("example.dev/v1", "Widget", namespace(), "w")));
        Inventory second = new Inventory(key, NEXT_SHA, List.of(objects().configMapKey("b")));

        applier().writeInventory(first);
        assertThat(applier().readInventory(key)).contains(first);
        applier().writeInventory(second);
        assertThat(applier().readInventory(key)).contains(second);
        applier().deleteInventory(key);
        assertThat(applier().readInventory(key)).isEmpty();
    }

    @Test
    void keepsTheInventoriesOfOtherEnvironmentsRepositoriesAndProjectsApart() {
        List<InventoryKey> keys = List.of(inventoryKey("dev", "platform", "auth"), inventoryKey("staging", "platform", "auth"),
                inventoryKey("dev", "tools", "auth"), inventoryKey("dev", "platform", "billing"));
        List<Inventory> inventories = keys.stream().map(key -> new Inventory(key, SHA,
                List.of(objects().configMapKey(key.environment() + "-" + key.repository() + "-" + key.project())))).toList();

        inventories.forEach(applier()::writeInventory);
        applier().deleteInventory(keys.get(0));

        assertThat(applier().readInventory(keys.get(0))).isEmpty();
        for (Inventory inventory : inventories.subList(1, inventories.size())) {
            assertThat(applier().readInventory(inventory.key())).contains(inventory);
        }
    }

    @Test
    void deletingAMissingInventoryIsFine() {
        assertThatCode(() -> applier().deleteInventory(inventoryKey("dev", "platform", "auth"))).doesNotThrowAnyException();
    }

    /** An object's metadata. */
    @SuppressWarnings("unchecked")
    protected static Map<String, Object> metadata(Map<String, Object> object) {
        return (Map<String, Object>) object.get("metadata");
    }

    private void assertRefused(KubernetesObject object, String... reasons) {
        List<ThrowingCallable> attempts = List.of(() -> applier().apply(object), () -> applier().dryRun(object));
        for (ThrowingCallable attempt : attempts) {
            assertThatThrownBy(attempt).isInstanceOfSatisfying(ApplyRejectedException.class, refused -> {
                assertThat(refused.object()).isEqualTo(object.key());
                assertThat(refused).hasMessageContainingAll(reasons);
            });
        }
    }

    private void assumeCapable(Capability capability) {
        assumeTrue(capabilities().contains(capability),
                () -> getClass().getSimpleName() + " does not declare the capability " + capability);
    }

    private ContractObjects objects() {
        return new ContractObjects(namespace());
    }

    private InventoryKey inventoryKey(String environment, String repository, String project) {
        return new InventoryKey(environment, repository, project, namespace());
    }
}
