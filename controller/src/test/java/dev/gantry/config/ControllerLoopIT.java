package dev.gantry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gantry.deploy.ObjectKey;
import dev.gantry.testing.cluster.ClusterTarget;
import dev.gantry.testing.cluster.WithClusterTarget;
import dev.gantry.testing.git.GitOpsWorkspace;
import dev.gantry.testing.registry.DistributionRegistry;
import dev.gantry.testing.registry.WithDistributionRegistry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.core.ThrowingRunnable;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole loop of {@code gantry serve}: pointer commits pushed to a real GitOps remote, releases
 * in the real distribution registry, the Spring Boot application with its webhooks, Quartz jobs,
 * status API and git notes, applying to a {@link ClusterTarget}: the in-memory fake of our own
 * port by default, the real API server of {@code GANTRY_IT_KUBECONFIG} when it is set, or a
 * test control plane when it is built.
 */
@WithDistributionRegistry
@WithClusterTarget
class ControllerLoopIT {

    private static final String V1 = "1".repeat(40);
    private static final String V2 = "2".repeat(40);
    private static final String V3 = "3".repeat(40);
    private static final String SECRET = "hook-s3cret";
    private static final String PUSH_TO_MAIN = "{\"ref\":\"refs/heads/main\"}";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    private ClusterTarget cluster;
    private RegistryReleases releases;
    private GitOpsWorkspace gitops;
    private RunningController controller;
    private String digestV1;
    private String digestV2;
    private RevCommit first;

    @BeforeEach
    void startWithV1Applied(DistributionRegistry registry, ClusterTarget target) throws Exception {
        cluster = target;
        releases = new RegistryReleases(registry);
        digestV1 = releases.publish(V1, "blue", "a", "b");
        digestV2 = releases.publish(V2, "green", "a", "c");
        gitops = GitOpsWorkspace.create(temp);
        gitops.write("environments/dev/environment.yaml", """
                apiVersion: gantry.dev/v1
                kind: Environment
                metadata: { name: dev }
                spec:
                  namespace: "%s"
                  sync: { auto: true, prune: true, healthTimeout: 5s }
                """.formatted(cluster.namespace()));
        first = pointTo(V1, null, "dev runs v1");
        controller = RunningController.start(gitops.url(), releases.registry(), temp.resolve("cache"), cluster, SECRET);
        awaitApplied(V1);
    }

    @AfterEach
    void stop() {
        if (controller != null) {
            controller.close();
        }
        if (gitops != null) {
            gitops.close();
        }
    }

    @Test
    void appliesThePointerCommitAtStartUpAndReportsIt() throws Exception {
        JsonNode status = controller.status("dev", "platform", "hello");
        assertThat(status.path("phase").asString()).isEqualTo("APPLIED");
        assertThat(status.path("digest").asString()).isEqualTo(digestV1);
        JsonNode a = live("a").orElseThrow();
        assertThat(a.path("metadata").path("annotations").path("gantry.dev/release").asString()).isEqualTo(V1);
        assertThat(a.path("metadata").path("labels").path("app.kubernetes.io/managed-by").asString()).isEqualTo("gantry");
        assertThat(a.path("metadata").path("labels").path("gantry.dev/project").asString()).isEqualTo("hello");
        assertThat(a.path("metadata").path("labels").path("gantry.dev/repository").asString()).isEqualTo("platform");
        assertThat(colour("b")).isEqualTo("blue");
        assertThat(controller.get("/api/v1/environments").body()).contains("\"dev\"");
        assertThat(controller.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(controller.get("/actuator/prometheus").body()).contains("gantry_reconcile_duration_seconds")
                .contains("gantry_commit_to_applied_seconds");
    }

    @Test
    void aSignedWebhookAppliesTheNextReleaseAndPrunesWhatItDropped() throws Exception {
        pointTo(V2, null, "dev runs v2");

        HttpResponse<String> hook = controller.postSignedHook(PUSH_TO_MAIN);

        assertThat(hook.statusCode()).isEqualTo(202);
        awaitApplied(V2);
        assertThat(release("a")).isEqualTo(V2);
        assertThat(colour("a")).isEqualTo("green");
        assertThat(release("c")).isEqualTo(V2);
        assertThat(live("b")).as("b, which v2 no longer holds, is pruned").isEmpty();
    }

    @Test
    void aRevertCommitRestoresThePreviousRelease() throws Exception {
        RevCommit promote = pointTo(V2, null, "dev runs v2");
        controller.poll();
        awaitApplied(V2);

        gitops.revertAndPush(promote);
        controller.poll();

        awaitApplied(V1);
        assertThat(release("b")).isEqualTo(V1);
        assertThat(colour("a")).isEqualTo("blue");
        assertThat(live("c")).as("c, which only v2 held, is pruned").isEmpty();
    }

    @Test
    void aFullResyncCorrectsDrift() throws Exception {
        cluster.changeData(configMap("a"), "colour", "tampered");
        cluster.delete(configMap("b"));
        assertThat(colour("a")).isEqualTo("tampered");

        controller.resync();

        eventually(() -> {
            assertThat(colour("a")).isEqualTo("blue");
            assertThat(live("b")).as("b, deleted out of band").isPresent();
        });
        assertThat(release("b")).isEqualTo(V1);
    }

    @Test
    void aReleaseThatReachesOutsideItsNamespaceIsRefusedAndChangesNothing() throws Exception {
        String stray = "gantry-it-stray-" + cluster.namespace();
        releases.publishYaml(V3, RegistryReleases.configMaps("red", "a", "d")
                + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: " + stray + ", namespace: default }\n");
        RevCommit outside = pointTo(V3, null, "dev runs v3");

        controller.poll();

        eventually(() -> assertThat(controller.status("dev", "platform", "hello").path("phase").asString()).isEqualTo("REFUSED"));
        assertThat(controller.status("dev", "platform", "hello").path("lastError").asString())
                .contains("ConfigMap default/" + stray);
        assertThat(cluster.read(new ObjectKey("v1", "ConfigMap", "default", stray))).isEmpty();
        assertThat(live("d")).as("d, in the refused release").isEmpty();
        assertThat(release("a")).isEqualTo(V1);
        assertThat(colour("a")).isEqualTo("blue");
        assertThat(live("b")).as("b, which the refused release would have pruned").isPresent();
        JsonNode note = lastNote(outside);
        assertThat(note.path("result").asString()).isEqualTo("REFUSED");
        assertThat(note.path("appliedObjects").size()).isZero();
    }

    @Test
    void aPointerWhoseDigestDoesNotMatchAppliesAndPrunesNothing() throws Exception {
        pointTo(V2, "sha256:" + "0".repeat(64), "dev runs v2, pinned to a digest it does not have");

        controller.poll();

        assertRefusedKeepingV1("not the pinned digest");
    }

    @Test
    void aReleaseWithACorruptLayerAppliesAndPrunesNothing() throws Exception {
        releases.publishCorrupt(V3);
        pointTo(V3, null, "dev runs v3, whose layer is not an archive");

        controller.poll();

        assertRefusedKeepingV1("not a readable tar+gzip archive");
    }

    @Test
    void aBadlySignedWebhookIsRejectedAndChangesNothing() throws Exception {
        RevCommit promote = pointTo(V2, null, "dev runs v2");

        HttpResponse<String> hook = controller.postGenericHook(PUSH_TO_MAIN, "not-the-secret");

        assertThat(hook.statusCode()).isEqualTo(401);
        assertThat(controller.status("dev", "platform", "hello").path("appliedRelease").asString()).isEqualTo(V1);
        assertThat(release("a")).isEqualTo(V1);
        assertThat(live("b")).isPresent();
        assertThat(gitops.noteLinesOnRemote(promote)).as("no reconcile, so no note on the v2 commit").isEmpty();
    }

    @Test
    void eachReconcileLeavesANoteOnThePointerCommitPushedToTheRemote() throws Exception {
        JsonNode atStartUp = lastNote(first);
        assertThat(atStartUp.path("environment").asString()).isEqualTo("dev");
        assertThat(atStartUp.path("release").asString()).isEqualTo(V1);
        assertThat(atStartUp.path("digest").asString()).isEqualTo(digestV1);
        assertThat(atStartUp.path("result").asString()).isEqualTo("APPLIED");
        assertThat(appliedUid(atStartUp, "a")).isEqualTo(live("a").orElseThrow().path("metadata").path("uid").asString());

        RevCommit promote = pointTo(V2, null, "dev runs v2");
        controller.poll();
        awaitApplied(V2);
        eventually(() -> assertThat(gitops.noteLinesOnRemote(promote)).hasSize(1));
        assertThat(lastNote(promote).path("digest").asString()).isEqualTo(digestV2);

        controller.resync();

        eventually(() -> assertThat(gitops.noteLinesOnRemote(promote)).as("a second line from the resync").hasSize(2));
        assertThat(gitops.noteLinesOnRemote(first)).as("the v1 commit's note is untouched").hasSize(1);
    }

    /** Refused, as only a change in git (a new pointer or a rebuilt release) can fix it: nothing applied or pruned. */
    private void assertRefusedKeepingV1(String reason) throws Exception {
        eventually(() -> assertThat(controller.status("dev", "platform", "hello").path("phase").asString()).isEqualTo("REFUSED"));
        JsonNode status = controller.status("dev", "platform", "hello");
        assertThat(status.path("lastError").asString()).contains(reason);
        assertThat(status.path("appliedRelease").asString()).isEqualTo(V1);
        assertThat(release("a")).isEqualTo(V1);
        assertThat(colour("a")).isEqualTo("blue");
        assertThat(live("b")).as("b, which the broken release does not hold, is kept").isPresent();
        assertThat(live("c")).isEmpty();
    }

    private RevCommit pointTo(String release, String digest, String message) throws Exception {
        gitops.write("environments/dev/platform/hello/release.yaml", """
                apiVersion: gantry.dev/v1
                kind: ReleasePointer
                metadata: { name: hello, environment: dev }
                spec:
                  release: "%s"
                %s""".formatted(release, digest == null ? "" : "  digest: \"" + digest + "\"\n"));
        return gitops.commitAndPush(message);
    }

    private void awaitApplied(String release) {
        eventually(() -> {
            JsonNode status = controller.status("dev", "platform", "hello");
            assertThat(status.path("appliedRelease").asString()).isEqualTo(release);
            assertThat(status.path("phase").asString()).isEqualTo("APPLIED");
        });
    }

    private JsonNode lastNote(RevCommit commit) throws Exception {
        eventually(() -> assertThat(gitops.noteLinesOnRemote(commit)).isNotEmpty());
        List<String> lines = gitops.noteLinesOnRemote(commit);
        return JSON.readTree(lines.get(lines.size() - 1));
    }

    private static String appliedUid(JsonNode note, String configMap) {
        for (JsonNode object : note.path("appliedObjects")) {
            if (object.path("kind").asString().equals("ConfigMap") && object.path("name").asString().equals(configMap)) {
                return object.path("uid").asString();
            }
        }
        throw new AssertionError("the note lists no ConfigMap " + configMap + ": " + note);
    }

    private ObjectKey configMap(String name) {
        return new ObjectKey("v1", "ConfigMap", cluster.namespace(), name);
    }

    private Optional<JsonNode> live(String configMap) {
        return cluster.read(configMap(configMap)).map(content -> JSON.valueToTree((Map<String, Object>) content));
    }

    private String release(String configMap) {
        return live(configMap).orElseThrow(() -> new AssertionError("ConfigMap " + configMap + " does not exist"))
                .path("metadata").path("annotations").path("gantry.dev/release").asString();
    }

    private String colour(String configMap) {
        return live(configMap).orElseThrow(() -> new AssertionError("ConfigMap " + configMap + " does not exist"))
                .path("data").path("colour").asString();
    }

    private static void eventually(ThrowingRunnable assertion) {
        await().atMost(PATIENCE).untilAsserted(assertion);
    }
}
