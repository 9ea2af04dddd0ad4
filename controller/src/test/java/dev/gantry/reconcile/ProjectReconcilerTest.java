package dev.gantry.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.deploy.Health;
import dev.gantry.deploy.HealthStatus;
import dev.gantry.deploy.HealthAssessor;
import dev.gantry.deploy.InMemoryClusterApplier;
import dev.gantry.deploy.InventoryKey;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.manifest.HostileManifests;
import dev.gantry.pointer.Environment;
import dev.gantry.release.ArtifactRef;
import dev.gantry.release.ManifestArchive;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.ReleaseBuilder;
import dev.gantry.release.oci.JibImageBuilder;
import dev.gantry.source.jgit.JGitSourceRepository;
import dev.gantry.source.jgit.SourceRepositoryFixture;
import dev.gantry.release.ReleaseManifest;
import dev.gantry.release.oci.OciLayoutArtifactStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline against an in-memory fake of our own cluster port, with real releases in an OCI layout. */
class ProjectReconcilerTest {

    private static final String V1 = "1".repeat(40);
    private static final String V2 = "2".repeat(40);
    private static final Environment DEV = ReleaseFixtures.environment(true, List.of());
    private static final String NAMESPACE = "hello-dev";

    @TempDir
    Path layout;

    private ReleaseFixtures releases;
    private InMemoryClusterApplier cluster;
    private ProjectReconciler reconciler;

    @BeforeEach
    void setUp() {
        releases = new ReleaseFixtures(layout);
        cluster = new InMemoryClusterApplier();
        reconciler = new ProjectReconciler(registry -> new OciLayoutArtifactStore(), cluster,
                new HealthAssessor()::assess, Clock.systemUTC(), Duration.ofMillis(20));
    }

    private static ObjectKey configMap(String name) {
        return new ObjectKey("v1", "ConfigMap", NAMESPACE, name);
    }

    private static final InventoryKey INVENTORY = new InventoryKey("dev", "platform", "hello", NAMESPACE);

    @Test
    void appliesTheReleaseInItsNamespaceAndKeepsAnInventory() {
        releases.publish(V1, ReleaseFixtures.configMaps("a", "b"));

        ProjectOutcome outcome = reconciler.reconcile(releases.target(DEV, V1, null));

        assertThat(outcome.result()).as(outcome.message()).isEqualTo(ProjectOutcome.Result.APPLIED);
        assertThat(cluster.objects()).contains(configMap("a"), configMap("b"),
                new ObjectKey("v1", "Namespace", null, NAMESPACE));
        assertThat(cluster.readInventory(INVENTORY)).hasValueSatisfying(inventory -> {
            assertThat(inventory.release()).isEqualTo(V1);
            assertThat(inventory.objects()).containsExactly(configMap("a"), configMap("b"));
        });
        assertThat(outcome.applied()).extracting(applied -> applied.uid()).doesNotContainNull();
    }

    @Test
    void aReleaseWithOneObjectTheDryRunRefusesAppliesNothing() {
        releases.publish(V1, ReleaseFixtures.configMaps("a", "b"));
        cluster.refusingOnDryRun(configMap("b"));

        ProjectOutcome outcome = reconciler.reconcile(releases.target(DEV, V1, null));

        assertThat(outcome.result()).isEqualTo(ProjectOutcome.Result.REFUSED);
        assertThat(outcome.step()).isEqualTo(ProjectOutcome.Step.DRY_RUN);
        assertThat(outcome.message()).isEqualTo("dry run refused: ConfigMap hello-dev/b (v1) was refused: HTTP 422 Invalid: scripted dry-run"
                + " refusal (in the dry run of the whole release: nothing of it was applied)");
        assertThat(cluster.objects()).doesNotContain(configMap("a"), configMap("b"));
        assertThat(cluster.readInventory(INVENTORY)).isEmpty();
    }

    @Test
    void saysObjectsWhoseHealthCannotBeJudgedAreNotJudgedRatherThanHealthy() {
        releases.publish(V1, ReleaseFixtures.configMaps("a", "b"));
        ProjectReconciler unjudged = new ProjectReconciler(registry -> new OciLayoutArtifactStore(), cluster,
                (key, live) -> new Health(HealthStatus.UNKNOWN, "no workloads run here"), Clock.systemUTC(),
                Duration.ofMillis(20));

        ProjectOutcome outcome = unjudged.reconcile(releases.target(DEV, V1, null));

        assertThat(outcome.result()).isEqualTo(ProjectOutcome.Result.APPLIED);
        assertThat(outcome.health().status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(outcome.health().message()).startsWith("2 of 2 objects not judged: ConfigMap ")
                .endsWith(": no workloads run here (and 1 more)");
    }

    @Test
    void leavesAnExistingNamespaceAloneWhenToldTo() {
        releases.publish(V1, ReleaseFixtures.configMaps("a"));
        cluster.withNamespace(NAMESPACE);

        ProjectOutcome outcome = reconciler.leavingNamespacesAlone().reconcile(releases.target(DEV, V1, null));

        assertThat(outcome.result()).as(outcome.message()).isEqualTo(ProjectOutcome.Result.APPLIED);
        assertThat(cluster.objects()).contains(configMap("a"));
        assertThat(cluster.applied()).doesNotContain(new ObjectKey("v1", "Namespace", null, NAMESPACE));
    }

    @Test
    void aMissingNamespaceThatIsLeftAloneFailsTheApplyNamingIt() {
        releases.publish(V1, ReleaseFixtures.configMaps("a"));

        ProjectOutcome outcome = reconciler.leavingNamespacesAlone().reconcile(releases.target(DEV, V1, null));

        assertThat(outcome.result()).isEqualTo(ProjectOutcome.Result.FAILED);
        assertThat(outcome.disposition()).as("an operator may still create it").isEqualTo(dev.gantry.failure.Disposition.UNAVAILABLE);
        assertThat(outcome.message()).contains("namespaces \"" + NAMESPACE + "\" not found");
        assertThat(cluster.objects()).doesNotContain(configMap("a"));
    }

    @Test
    void prunesWhatTheNextReleaseNoLongerHolds() {
        releases.publish(V1, ReleaseFixtures.configMaps("a", "b"));
        releases.publish(V2, ReleaseFixtures.configMaps("a", "c"));
        reconciler.reconcile(releases.target(DEV, V1, null));

        ProjectOutcome outcome = reconciler.reconcile(releases.target(DEV, V2, null));

        assertThat(outcome.result()).isEqualTo(ProjectOutcome.Result.APPLIED);
        assertThat(outcome.pruned()).containsExactly(configMap("b"));
        assertThat(cluster.objects()).contains(configMap("a"), configMap("c")).doesNotContain(configMap("b"));
    }

    @Test
    void aRollbackRestoresThePreviousObjects() {
        releases.publish(V1, ReleaseFixtures.configMaps("a", "b"));
        releases.publish(V2, ReleaseFixtures.configMaps("a", "c"));
        reconciler.reconcile(releases.target(DEV, V1, null));
        reconciler.reconcile(releases.target(DEV, V2, null));

        ProjectOutcome rollback = reconciler.reconcile(releases.target(DEV, V1, null));

        assertThat(rollback.pruned()).containsExactly(configMap("c"));
        assertThat(cluster.objects()).contains(configMap("a"), configMap("b")).doesNotContain(configMap("c"));
        assertThat(cluster.read(configMap("b")).orElseThrow().toString()).contains(V1);
    }

    @Test
    void keepsObjectsWhenTheEnvironmentDoesNotPrune() {
        Environment keep = ReleaseFixtures.environment(false, List.of());
        releases.publish(V1, ReleaseFixtures.configMaps("a", "b"));
        releases.publish(V2, ReleaseFixtures.configMaps("a"));
        reconciler.reconcile(releases.target(keep, V1, null));

        ProjectOutcome outcome = reconciler.reconcile(releases.target(keep, V2, null));

        assertThat(outcome.pruned()).isEmpty();
        assertThat(cluster.objects()).contains(configMap("b"));
    }

    @Test
    void refusesAReleaseThatReachesOutsideItsNamespaceAndAppliesNothing() {
        releases.publish(V1, ReleaseFixtures.configMaps("a")
                + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: sneaky, namespace: kube-system }\n");

        ProjectOutcome outcome = reconciler.reconcile(releases.target(DEV, V1, null));

        assertThat(outcome.result()).isEqualTo(ProjectOutcome.Result.REFUSED);
        assertThat(outcome.message()).contains("ConfigMap kube-system/sneaky").contains("outside namespace hello-dev");
        assertThat(cluster.applied()).isEmpty();
        assertThat(cluster.readInventory(INVENTORY)).isEmpty();
    }

    @Test
    void aBrokenArtifactAppliesAndPrunesNothing() throws Exception {
        releases.publish(V1, ReleaseFixtures.configMaps("a", "b"));
        reconciler.reconcile(releases.target(DEV, V1, null));
        releases.publish(V2, ReleaseFixtures.configMaps("c"));
        corruptTheManifestsLayerOf(V2);
        int appliedBefore = cluster.applied().size();

        ProjectOutcome outcome = reconciler.reconcile(releases.target(DEV, V2, null));

        assertThat(outcome.result()).as("a corrupt release is refused: only a rebuild, a new pointer, fixes it").isEqualTo(ProjectOutcome.Result.REFUSED);
        assertThat(cluster.applied()).hasSize(appliedBefore);
        assertThat(cluster.objects()).contains(configMap("a"), configMap("b"));
        assertThat(cluster.readInventory(INVENTORY).orElseThrow().release()).isEqualTo(V1);
    }

    @Test
    void deeplyNestedManifestIsRefusedNamingTheFile() {
        assertFailsNamingTheFile(HostileManifests.deeplyNested(), "nesting deeper than 128 levels");
    }

    @Test
    void billionLaughsManifestIsRefused() {
        assertFailsNamingTheFile(HostileManifests.billionLaughs(), "more than 16 aliases in one file");
    }

    @Test
    void tooManyDocumentsIsRefused() {
        assertFailsNamingTheFile(HostileManifests.tooManyDocuments(), "more than 10000 YAML documents");
    }

    private void assertFailsNamingTheFile(String manifests, String problem) {
        releases.publish(V1, manifests);

        ProjectOutcome outcome = reconciler.reconcile(releases.target(DEV, V1, null));

        assertThat(outcome.result()).isEqualTo(ProjectOutcome.Result.REFUSED);
        assertThat(outcome.step()).isEqualTo(ProjectOutcome.Step.RENDER);
        assertThat(outcome.message()).startsWith("render refused: app.yaml:").contains(problem);
        assertThat(cluster.applied()).isEmpty();
        assertThat(cluster.readInventory(INVENTORY)).isEmpty();
    }

    @Test
    void refusesAReleaseWhoseDigestIsNotThePinnedOne() {
        releases.publish(V1, ReleaseFixtures.configMaps("a"));

        ProjectOutcome outcome = reconciler.reconcile(releases.target(DEV, V1, "sha256:" + "0".repeat(64)));

        assertThat(outcome.result()).isEqualTo(ProjectOutcome.Result.REFUSED);
        assertThat(outcome.disposition()).isEqualTo(dev.gantry.failure.Disposition.REFUSED);
        assertThat(outcome.message()).contains("not the pinned digest");
        assertThat(cluster.applied()).isEmpty();
    }

    @Test
    void aClusterFailureDuringApplyPrunesNothingAndTheNextRunConverges() {
        releases.publish(V1, ReleaseFixtures.configMaps("a", "b"));
        releases.publish(V2, ReleaseFixtures.configMaps("c", "d"));
        reconciler.reconcile(releases.target(DEV, V1, null));
        cluster.failNextApplies(1, InMemoryClusterApplier.Failure.UNAVAILABLE);

        ProjectOutcome failed = reconciler.reconcile(releases.target(DEV, V2, null));
        String inventoryAfterFailure = cluster.readInventory(INVENTORY).orElseThrow().release();
        ProjectOutcome retried = reconciler.reconcile(releases.target(DEV, V2, null));

        assertThat(failed.result()).isEqualTo(ProjectOutcome.Result.FAILED);
        assertThat(failed.pruned()).isEmpty();
        assertThat(inventoryAfterFailure).as("inventory untouched by the failure").isEqualTo(V1);
        assertThat(retried.result()).isEqualTo(ProjectOutcome.Result.APPLIED);
        assertThat(retried.pruned()).containsExactly(configMap("a"), configMap("b"));
        assertThat(cluster.objects()).contains(configMap("c"), configMap("d")).doesNotContain(configMap("a"));
    }

    @Test
    void aDeletedPointerPrunesEverythingItsInventoryHolds() {
        releases.publish(V1, ReleaseFixtures.configMaps("a", "b"));
        reconciler.reconcile(releases.target(DEV, V1, null));

        ProjectOutcome outcome = reconciler.reconcile(releases.removed(DEV));

        assertThat(outcome.result()).isEqualTo(ProjectOutcome.Result.PRUNED);
        assertThat(outcome.pruned()).containsExactly(configMap("a"), configMap("b"));
        assertThat(cluster.objects()).doesNotContain(configMap("a"), configMap("b"));
        assertThat(cluster.readInventory(INVENTORY)).isEmpty();
    }

    @Test
    void appliesADeploymentThatIsNotReadyYetWithoutWaitingForIt() {
        releases.publish(V1, "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\n"
                + "spec: { replicas: 2, template: { spec: { containers: [{ name: web, image: x }] } } }\n");

        ProjectOutcome outcome = reconciler.reconcile(releases.target(DEV, V1, null));

        assertThat(outcome.result()).isEqualTo(ProjectOutcome.Result.PROGRESSING);
        assertThat(outcome.message()).contains("Deployment hello-dev/web");
        assertThat(outcome.released()).extracting(ObjectKey::name).containsExactly("web");
        assertThat(Duration.between(outcome.startedAt(), outcome.finishedAt())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void buildsAMissingReleaseFromItsConfiguredSourceThenAppliesIt() throws Exception {
        String commit;
        try (SourceRepositoryFixture source = SourceRepositoryFixture.create(layout.resolve("source"))) {
            commit = source.commit("hello", java.time.Instant.parse("2026-02-01T00:00:00Z"), java.util.Map.of(
                    "hello/gantry.yaml", "apiVersion: gantry.dev/v1\nkind: Project\nmetadata: { name: hello }\n"
                            + "spec: { manifests: deploy/ }\n",
                    "hello/deploy/app.yaml", ReleaseFixtures.configMaps("built"))).name();
        }
        OnDemandBuild onDemand = new OnDemandBuild(registry -> new ReleaseBuilder(
                new JGitSourceRepository(layout.resolve("cache/sources")),
                new JibImageBuilder(layout.resolve("cache/jib"), new OciLayoutArtifactStore(), line -> { }, "test"),
                new OciLayoutArtifactStore(), files -> ManifestArchive.pack(files).bytes(), line -> { }, "test"),
                java.util.Map.of("platform", new OnDemandBuild.Source(layout.resolve("source").toString(), "{project}", null)),
                registry -> RegistryCredentials.NONE);
        ProjectReconciler building = new ProjectReconciler(registry -> new OciLayoutArtifactStore(), cluster,
                new HealthAssessor()::assess, Clock.systemUTC(), Duration.ofMillis(20), onDemand);

        ProjectOutcome withoutSource = reconciler.reconcile(releases.target(DEV, commit, null));
        ProjectOutcome built = building.reconcile(releases.target(DEV, commit, null));

        assertThat(withoutSource.result()).isEqualTo(ProjectOutcome.Result.FAILED);
        assertThat(withoutSource.message()).contains("does not exist");
        assertThat(built.result()).as(built.message()).isEqualTo(ProjectOutcome.Result.APPLIED);
        assertThat(cluster.objects()).contains(configMap("built"));
    }

    private void corruptTheManifestsLayerOf(String release) throws Exception {
        Path blobs = layout.resolve("platform/hello/blobs/sha256");
        String digest = new OciLayoutArtifactStore().resolve(
                new ArtifactRef(releases.registry(), "platform/hello", release, null)).orElseThrow().hex();
        ReleaseManifest manifest = ReleaseManifest.fromJson(Files.readAllBytes(blobs.resolve(digest)));
        Files.writeString(blobs.resolve(manifest.layer().hex()), "tampered");
    }
}
