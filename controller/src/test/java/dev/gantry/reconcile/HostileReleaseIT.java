package dev.gantry.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.deploy.HealthAssessor;
import dev.gantry.deploy.Inventory;
import dev.gantry.deploy.InventoryKey;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.fabric8.Fabric8ClusterApplier;
import dev.gantry.deploy.fabric8.Fabric8Clients;
import dev.gantry.pointer.Environment;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.release.oci.OciLayoutArtifactStore;
import dev.gantry.testing.cluster.RealApiServer;
import dev.gantry.testing.cluster.WithRealApiServer;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one project's release, or one environment, can do to another's objects on a real API server:
 * nothing. Inventories are kept apart however names join, an object another project owns is a
 * conflict, prune deletes only what Gantry applied for that project inside its environment, and a
 * release's CustomResourceDefinition cannot change what the API server says a kind's scope is.
 */
@WithRealApiServer
class HostileReleaseIT {

    private static final String V1 = "1".repeat(40);
    private static final String V2 = "2".repeat(40);
    private static final String V3 = "3".repeat(40);
    private static final Environment.ClusterResource CRDS =
            new Environment.ClusterResource("apiextensions.k8s.io", "CustomResourceDefinition");

    @TempDir
    Path layout;

    private final List<Runnable> cleanups = new ArrayList<>();
    private KubernetesClient client;
    private String namespace;
    private ReleaseFixtures releases;
    private Fabric8ClusterApplier cluster;
    private ProjectReconciler reconciler;

    @BeforeEach
    void connect(RealApiServer server) {
        client = Fabric8Clients.fromKubeconfig(server.kubeconfig());
        namespace = createNamespace("gantry-hostile-");
        releases = new ReleaseFixtures(layout);
        cluster = new Fabric8ClusterApplier(client);
        reconciler = new ProjectReconciler(registry -> new OciLayoutArtifactStore(), cluster, new HealthAssessor()::assess,
                Clock.systemUTC(), Duration.ofMillis(20)).leavingNamespacesAlone();
    }

    @AfterEach
    void removeWhatTheTestCreated() {
        if (client == null) {
            return;
        }
        try {
            cleanups.forEach(Runnable::run);
        } finally {
            client.close();
        }
    }

    @Test
    void projectsWhoseNamesJoinAlikeKeepTheirOwnInventories() {
        ProjectRef left = new ProjectRef("a-b", "c");
        ProjectRef right = new ProjectRef("a", "b-c");
        Environment dev = environment("dev");
        apply(dev, left, V1, ReleaseFixtures.configMaps("left"));
        apply(dev, right, V1, ReleaseFixtures.configMaps("right"));

        ProjectOutcome removed = reconciler.reconcile(releases.removed(dev, left));

        assertThat(removed.pruned()).as(removed.message()).containsExactly(configMap("left"));
        assertThat(exists("right")).as("the other project's object").isTrue();
        assertThat(cluster.readInventory(new InventoryKey("dev", "a", "b-c", namespace)))
                .hasValueSatisfying(inventory -> assertThat(inventory.objects()).containsExactly(configMap("right")));
    }

    @Test
    void environmentsSharingANamespaceNeitherPruneNorOverwriteEachOther() {
        apply(environment("dev"), ReleaseFixtures.PROJECT, V1, ReleaseFixtures.configMaps("dev-only"));
        apply(environment("qa"), ReleaseFixtures.PROJECT, V2, ReleaseFixtures.configMaps("qa-only"));
        releases.publish(V3, ReleaseFixtures.configMaps("qa-only", "dev-only"));

        ProjectOutcome takeover = reconciler.reconcile(releases.target(environment("qa"), V3, null));
        ProjectOutcome removed = reconciler.reconcile(releases.removed(environment("dev")));

        assertThat(takeover.result()).isEqualTo(ProjectOutcome.Result.REFUSED);
        assertThat(takeover.message()).contains("ConfigMap " + namespace + "/dev-only (v1) belongs to project platform/hello"
                + " of environment dev; this release is for project platform/hello of environment qa");
        assertThat(removed.pruned()).as(removed.message()).containsExactly(configMap("dev-only"));
        assertThat(exists("qa-only")).isTrue();
    }

    @Test
    void anObjectAnotherProjectOwnsIsAConflictAndNothingIsApplied() {
        ProjectRef other = new ProjectRef("platform", "other");
        apply(environment("dev"), ReleaseFixtures.PROJECT, V1, ReleaseFixtures.configMaps("shared"));
        releases.publish(other, V1, ReleaseFixtures.configMaps("other-own", "shared"));

        ProjectOutcome outcome = reconciler.reconcile(releases.target(environment("dev"), other, V1, null));

        assertThat(outcome.result()).isEqualTo(ProjectOutcome.Result.REFUSED);
        assertThat(outcome.message()).isEqualTo("refused, nothing applied: ConfigMap " + namespace + "/shared (v1) belongs to"
                + " project platform/hello of environment dev; this release is for project platform/other of environment dev");
        assertThat(exists("other-own")).isFalse();
        assertThat(client.configMaps().inNamespace(namespace).withName("shared").get().getData())
                .containsEntry("release", "shared");
        assertThat(cluster.readInventory(new InventoryKey("dev", "platform", "other", namespace))).isEmpty();
    }

    @Test
    void pruneDeletesNothingGantryDidNotApplyForTheProjectInItsEnvironment() {
        String victims = createNamespace("gantry-victim-");
        client.configMaps().inNamespace(victims).resource(new ConfigMapBuilder().withNewMetadata().withName("victim")
                .endMetadata().build()).create();
        client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata().withName("by-hand")
                .endMetadata().build()).create();
        String role = "gantry-victim-" + UUID.randomUUID().toString().substring(0, 8);
        client.resource(new ClusterRoleBuilder().withNewMetadata().withName(role).endMetadata().build()).create();
        cleanups.add(() -> client.rbac().clusterRoles().withName(role).delete());
        apply(environment("dev"), new ProjectRef("platform", "other"), V1, ReleaseFixtures.configMaps("theirs"));
        InventoryKey key = new InventoryKey("dev", "platform", "hello", namespace);
        cluster.writeInventory(new Inventory(key, V1, List.of(new ObjectKey("v1", "ConfigMap", victims, "victim"),
                new ObjectKey("rbac.authorization.k8s.io/v1", "ClusterRole", null, role), configMap("by-hand"),
                configMap("theirs"))));

        ProjectOutcome removed = reconciler.reconcile(releases.removed(environment("dev")));

        assertThat(removed.pruned()).as(removed.message()).isEmpty();
        assertThat(removed.message()).contains("left 4 in place")
                .contains("ConfigMap " + namespace + "/theirs (v1) is not platform/hello's")
                .contains("ConfigMap " + victims + "/victim (v1) is outside namespace " + namespace)
                .contains("ClusterRole " + role + " (rbac.authorization.k8s.io/v1) is cluster-scoped")
                .contains("ConfigMap " + namespace + "/by-hand (v1) is not platform/hello's");
        assertThat(client.configMaps().inNamespace(victims).withName("victim").get()).isNotNull();
        assertThat(client.rbac().clusterRoles().withName(role).get()).isNotNull();
        assertThat(exists("by-hand")).isTrue();
        assertThat(exists("theirs")).as("another project's object").isTrue();
    }

    @Test
    void aReleasesDefinitionCannotMakeAServedClusterScopedKindNamespaced() {
        String group = "hostile" + UUID.randomUUID().toString().substring(0, 8) + ".gantry.test";
        client.apiextensions().v1().customResourceDefinitions().resource(new CustomResourceDefinitionBuilder()
                .withNewMetadata().withName("gadgets." + group).endMetadata()
                .withNewSpec().withGroup(group).withScope("Cluster")
                .withNewNames().withKind("Gadget").withPlural("gadgets").withSingular("gadget").endNames()
                .addNewVersion().withName("v1").withServed(true).withStorage(true)
                .withNewSchema().withNewOpenAPIV3Schema().withType("object").withXKubernetesPreserveUnknownFields(true)
                .endOpenAPIV3Schema().endSchema().endVersion()
                .endSpec().build()).create();
        cleanups.add(() -> client.apiextensions().v1().customResourceDefinitions().withName("gadgets." + group).delete());
        client.apiextensions().v1().customResourceDefinitions().withName("gadgets." + group)
                .waitUntilCondition(crd -> crd.getStatus() != null && crd.getStatus().getConditions().stream()
                        .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus())), 30, TimeUnit.SECONDS);
        Environment allowingDefinitions = ReleaseFixtures.environment("dev", namespace, true, List.of(CRDS));
        releases.publish(V1, """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: { name: widgets.%1$s }
                spec:
                  group: %1$s
                  scope: Namespaced
                  names: { kind: Gadget, plural: widgets }
                  versions: [{ name: v1, served: true, storage: true, schema: { openAPIV3Schema: { type: object } } }]
                ---
                apiVersion: %1$s/v1
                kind: Gadget
                metadata: { name: escaped }
                """.formatted(group));

        ProjectOutcome outcome = reconciler.reconcile(releases.target(allowingDefinitions, V1, null));

        assertThat(outcome.result()).as(outcome.message()).isEqualTo(ProjectOutcome.Result.REFUSED);
        assertThat(outcome.message()).contains("Gadget escaped (" + group + "/v1) is cluster-scoped");
        assertThat(client.apiextensions().v1().customResourceDefinitions().withName("widgets." + group).get()).isNull();
    }

    @Test
    void longRepositoryAndProjectNamesAreAppliedWithinTheLabelValueLimit() {
        ProjectRef longNames = new ProjectRef("r".repeat(40), "p".repeat(40));

        apply(environment("dev"), longNames, V1, ReleaseFixtures.configMaps("long"));

        assertThat(client.configMaps().inNamespace(namespace).withName("long").get().getMetadata().getLabels())
                .containsEntry("gantry.dev/repository", longNames.repository())
                .containsEntry("gantry.dev/project", longNames.project());
    }

    @Test
    void anObjectLabelledTheOldWayStillBelongsToItsProject() {
        client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata().withName("legacy")
                .addToLabels("app.kubernetes.io/managed-by", "gantry").addToLabels("gantry.dev/environment", "dev")
                .addToLabels("gantry.dev/project", "platform.hello").endMetadata().build())
                .fieldManager("gantry").forceConflicts().serverSideApply();
        ProjectRef other = new ProjectRef("platform", "other");
        releases.publish(other, V1, ReleaseFixtures.configMaps("legacy"));

        ProjectOutcome outcome = reconciler.reconcile(releases.target(environment("dev"), other, V1, null));
        apply(environment("dev"), ReleaseFixtures.PROJECT, V2, ReleaseFixtures.configMaps("legacy"));

        assertThat(outcome.message()).contains("belongs to project platform/hello of environment dev");
        assertThat(client.configMaps().inNamespace(namespace).withName("legacy").get().getMetadata().getLabels())
                .as("relabelled the new way by its own project's next apply")
                .containsEntry("gantry.dev/repository", "platform").containsEntry("gantry.dev/project", "hello");
    }

    @Test
    void aReleaseWithOneObjectTheApiServerRejectsAppliesNothing() {
        releases.publish(V1, ReleaseFixtures.configMaps("before-the-bad-one") + """
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: no-selector }
                spec:
                  template:
                    spec:
                      containers: [{ name: web, image: registry.example.com/web@sha256:%s }]
                """.formatted("a".repeat(64)));

        ProjectOutcome outcome = reconciler.reconcile(releases.target(environment("dev"), V1, null));

        assertThat(outcome.result()).as("an invalid object is fixed only in git").isEqualTo(ProjectOutcome.Result.REFUSED);
        assertThat(outcome.step()).isEqualTo(ProjectOutcome.Step.DRY_RUN);
        assertThat(outcome.message()).contains("Deployment " + namespace + "/no-selector (apps/v1) was refused: HTTP 422")
                .contains("in the dry run of the whole release: nothing of it was applied");
        assertThat(exists("before-the-bad-one")).isFalse();
        assertThat(cluster.readInventory(new InventoryKey("dev", "platform", "hello", namespace))).isEmpty();
    }

    private void apply(Environment environment, ProjectRef project, String release, String manifests) {
        releases.publish(project, release, manifests);
        ProjectOutcome outcome = reconciler.reconcile(releases.target(environment, project, release, null));
        assertThat(outcome.result()).as(outcome.message()).isEqualTo(ProjectOutcome.Result.APPLIED);
    }

    private Environment environment(String name) {
        return ReleaseFixtures.environment(name, namespace, true, List.of());
    }

    private ObjectKey configMap(String name) {
        return new ObjectKey("v1", "ConfigMap", namespace, name);
    }

    private boolean exists(String configMap) {
        return client.configMaps().inNamespace(namespace).withName(configMap).get() != null;
    }

    private String createNamespace(String prefix) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        client.resource(new NamespaceBuilder().withNewMetadata().withName(name)
                .addToLabels("app.kubernetes.io/created-by", "gantry-it").endMetadata().build()).create();
        cleanups.add(() -> client.namespaces().withName(name).withPropagationPolicy(DeletionPropagation.BACKGROUND).delete());
        return name;
    }
}
