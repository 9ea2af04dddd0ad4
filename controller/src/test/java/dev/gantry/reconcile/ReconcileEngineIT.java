package dev.gantry.reconcile;

import static dev.gantry.testing.git.GitOpsFiles.environmentPath;
import static dev.gantry.testing.git.GitOpsFiles.pointer;
import static dev.gantry.testing.git.GitOpsFiles.pointerPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gantry.deploy.HealthAssessor;
import dev.gantry.deploy.fabric8.Fabric8Connection;
import dev.gantry.deploy.fabric8.Fabric8Clients;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.release.oci.OciLayoutArtifactStore;
import dev.gantry.signing.jgit.JGitSignatureVerifier;
import dev.gantry.source.GitCredentials;
import dev.gantry.source.GitOpsRemote;
import dev.gantry.source.jgit.GitOpsMirror;
import dev.gantry.source.jgit.JGitGitOpsRepository;
import dev.gantry.testing.cluster.RealApiServer;
import dev.gantry.testing.cluster.WithRealApiServer;
import dev.gantry.testing.git.CommittingClone;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconcile engine on a real API server: one project's release that never becomes healthy
 * holds up no other project, in its environment or another; a refused release is recorded once
 * and not retried until git changes; a release with one object the API server rejects applies
 * nothing.
 */
@WithRealApiServer
class ReconcileEngineIT {

    private static final PersonIdent DEV = new PersonIdent("Dev", "dev@example.com");
    private static final ProjectRef STUCK = new ProjectRef("platform", "stuck");
    private static final ProjectRef WEB = new ProjectRef("platform", "web");
    private static final String NEVER_READY = "1".repeat(40);
    private static final String WEB_1 = "2".repeat(40);
    private static final String WEB_2 = "3".repeat(40);
    private static final String STUCK_FIXED = "4".repeat(40);
    private static final String HOSTILE = "5".repeat(40);
    private static final String HALF_INVALID = "6".repeat(40);

    @TempDir
    Path temp;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final List<ProjectOutcome> outcomes = new CopyOnWriteArrayList<>();
    private KubernetesClient client;
    private CommittingClone gitops;
    private GitOpsMirror mirror;
    private StatusStore statuses;
    private ControllerLoop loop;
    private Fabric8Connection connection;

    @BeforeEach
    void setUp(RealApiServer server) throws Exception {
        client = Fabric8Clients.fromKubeconfig(server.kubeconfig());
        ReleaseFixtures releases = new ReleaseFixtures(temp.resolve("layout"));
        releases.publish(STUCK, NEVER_READY, neverReadyDeployment());
        releases.publish(STUCK, STUCK_FIXED, ReleaseFixtures.configMaps("fixed"));
        releases.publish(WEB, WEB_1, configMap("settings", "1"));
        releases.publish(WEB, WEB_2, configMap("settings", "2"));
        releases.publish(WEB, HOSTILE, "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x, namespace: kube-system }\n");
        releases.publish(WEB, HALF_INVALID, ReleaseFixtures.configMaps("valid")
                + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: invalid }\ndata: { \"not a key!\": x }\n");
        gitops = CommittingClone.create(temp.resolve("gitops"));
        mirror = GitOpsMirror.open(temp.resolve("cache"), new GitOpsRemote(gitops.remoteUrl(), "main", GitCredentials.none()));
        statuses = new StatusStore();
        connection = Fabric8Connection.open(server.kubeconfig());
        ProjectReconciler reconciler = new ProjectReconciler(registry -> new OciLayoutArtifactStore(),
                connection.applier(), new HealthAssessor()::assess, Clock.systemUTC(), Duration.ofMillis(200));
        loop = new ControllerLoop(new JGitGitOpsRepository(mirror), reconciler, List.of(statuses, (outcome, context) ->
                outcomes.add(outcome)), releases.registry(), new JGitSignatureVerifier(temp.resolve("signers")),
                Clock.systemUTC(), new ControllerLoop.Work(4, ControllerLoop.DEFAULT_BACKOFF, () -> true, connection.watch(), false));
    }

    @AfterEach
    void tearDown() {
        if (loop != null) {
            loop.close();
            connection.close();
            mirror.close();
            gitops.close();
        }
        if (client != null) {
            for (String environment : List.of("dev", "staging")) {
                for (ProjectRef project : List.of(STUCK, WEB)) {
                    client.namespaces().withName(namespace(project, environment))
                            .withPropagationPolicy(DeletionPropagation.BACKGROUND).delete();
                }
            }
            client.close();
        }
    }

    @Test
    void aReleaseThatNeverBecomesHealthyHoldsUpNoOtherProject() throws Exception {
        commit(Map.of(environmentPath("dev"), environment("dev"), environmentPath("staging"), environment("staging"),
                pointerPath("dev", "platform", "stuck"), pointer("dev", "stuck", NEVER_READY),
                pointerPath("dev", "platform", "web"), pointer("dev", "web", WEB_1),
                pointerPath("staging", "platform", "web"), pointer("staging", "web", WEB_1)));
        loop.accept(SyncMode.FULL);
        await().atMost(Duration.ofSeconds(30)).until(() -> settings("dev").isPresent() && settings("staging").isPresent());
        assertThat(phase("dev", STUCK)).isEqualTo("PROGRESSING");

        commit(Map.of(pointerPath("dev", "platform", "web"), pointer("dev", "web", WEB_2),
                pointerPath("staging", "platform", "web"), pointer("staging", "web", WEB_2)));
        long started = System.nanoTime();
        loop.accept(SyncMode.CHANGES);
        await().atMost(Duration.ofSeconds(5)).until(() -> "2".equals(settingsValue("dev")) && "2".equals(settingsValue("staging")));
        Duration applied = Duration.ofNanos(System.nanoTime() - started);

        System.out.printf("[engine] commit for web applied in dev and staging %d ms after the sync began,"
                + " while stuck waited on health%n", applied.toMillis());
        assertThat(phase("dev", STUCK)).as("stuck's health is still being assessed").isEqualTo("PROGRESSING");
        assertThat(loop.busy()).as("stuck's health assessment is pending").isTrue();

        commit(Map.of(pointerPath("dev", "platform", "stuck"), pointer("dev", "stuck", STUCK_FIXED)));
        assertThat(loop.runToIdle(SyncMode.CHANGES, Duration.ofSeconds(30)))
                .as("the new revision cancelled the pending health wait of the old one").isTrue();
        assertThat(phase("dev", STUCK)).isEqualTo("APPLIED");
    }

    @Test
    void aManualChangeToAManagedFieldIsRevertedWithoutWaitingForAResync() throws Exception {
        commit(Map.of(environmentPath("dev"), environment("dev"),
                pointerPath("dev", "platform", "web"), pointer("dev", "web", WEB_1)));
        loop.runToIdle(SyncMode.FULL);
        assertThat(settingsValue("dev")).isEqualTo("1");

        long edited = System.nanoTime();
        client.configMaps().inNamespace(namespace(WEB, "dev")).withName("settings")
                .edit(map -> new ConfigMapBuilder(map).addToData("value", "edited by hand").build());
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> "1".equals(settingsValue("dev")));
        Duration reverted = Duration.ofNanos(System.nanoTime() - edited);

        System.out.printf("[engine] a manual edit of a managed field was reverted after %d ms, with no sync requested%n",
                reverted.toMillis());
        await().atMost(Duration.ofSeconds(5)).until(() -> outcomes.size() >= 2);
        assertThat(outcomes).extracting(ProjectOutcome::result)
                .as("one apply from the first sync, one from the watch's requeue")
                .containsExactly(ProjectOutcome.Result.APPLIED, ProjectOutcome.Result.APPLIED);
    }

    @Test
    void aRefusedReleaseIsRecordedOnceAndTheCommitThatFixesItAppliesAtOnce() throws Exception {
        commit(Map.of(environmentPath("dev"), environment("dev"),
                pointerPath("dev", "platform", "web"), pointer("dev", "web", HOSTILE)));
        loop.runToIdle(SyncMode.FULL);
        loop.runToIdle(SyncMode.FULL);
        loop.runToIdle(SyncMode.RESYNC);

        assertThat(outcomes).extracting(ProjectOutcome::result).containsExactly(ProjectOutcome.Result.REFUSED);
        assertThat(outcomes.get(0).step()).isEqualTo(ProjectOutcome.Step.CONFINE);

        commit(Map.of(pointerPath("dev", "platform", "web"), pointer("dev", "web", WEB_1)));
        loop.runToIdle(SyncMode.CHANGES);

        assertThat(outcomes).extracting(ProjectOutcome::result)
                .containsExactly(ProjectOutcome.Result.REFUSED, ProjectOutcome.Result.APPLIED);
        assertThat(settingsValue("dev")).isEqualTo("1");
    }

    @Test
    void aReleaseWithOneObjectTheApiServerRejectsAppliesNothing() throws Exception {
        commit(Map.of(environmentPath("dev"), environment("dev"),
                pointerPath("dev", "platform", "web"), pointer("dev", "web", HALF_INVALID)));
        loop.runToIdle(SyncMode.FULL);
        loop.runToIdle(SyncMode.FULL);

        assertThat(outcomes).as("refused once, not retried").hasSize(1);
        ProjectOutcome outcome = outcomes.get(0);
        assertThat(outcome.result()).isEqualTo(ProjectOutcome.Result.REFUSED);
        assertThat(outcome.step()).isEqualTo(ProjectOutcome.Step.DRY_RUN);
        assertThat(outcome.message()).contains("invalid").contains("nothing of it was applied");
        assertThat(client.configMaps().inNamespace(namespace(WEB, "dev")).withName("valid").get())
                .as("the valid object was not applied either").isNull();
    }

    private void commit(Map<String, String> files) throws Exception {
        gitops.commit(new HashMap<>(files), "change", DEV);
        gitops.pushMain();
    }

    private String environment(String name) {
        return "apiVersion: gantry.dev/v1\nkind: Environment\nmetadata:\n  name: " + name + "\nspec:\n"
                + "  namespace: \"{project}-{environment}-" + suffix + "\"\n  sync:\n    healthTimeout: 10m\n";
    }

    private String namespace(ProjectRef project, String environment) {
        return project.project() + "-" + environment + "-" + suffix;
    }

    private String phase(String environment, ProjectRef project) {
        return statuses.project(environment, project).map(ProjectStatus::phase).orElse(null);
    }

    private Optional<ConfigMap> settings(String environment) {
        return Optional.ofNullable(client.configMaps().inNamespace(namespace(WEB, environment)).withName("settings").get());
    }

    private String settingsValue(String environment) {
        return settings(environment).map(map -> map.getData().get("value")).orElse(null);
    }

    private static String configMap(String name, String value) {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\ndata:\n  value: \"" + value + "\"\n";
    }

    /** A Deployment whose pods can be scheduled on no node, so it never becomes available. */
    private static String neverReadyDeployment() {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: stuck
                spec:
                  replicas: 1
                  selector:
                    matchLabels: { app: stuck }
                  template:
                    metadata:
                      labels: { app: stuck }
                    spec:
                      nodeSelector: { gantry.dev/no-such-node: "true" }
                      containers:
                        - name: app
                          image: registry.invalid/stuck@sha256:0000000000000000000000000000000000000000000000000000000000000000
                """;
    }
}
