package dev.gantry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gantry.deploy.InMemoryClusterApplier;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.release.ArtifactRef;
import dev.gantry.release.ManifestArchive;
import dev.gantry.release.Registry;
import dev.gantry.release.ReleaseConfig;
import dev.gantry.release.ReleaseManifest;
import dev.gantry.release.ReleasePublisher;
import dev.gantry.release.oci.OciLayoutArtifactStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.notes.Note;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code gantry serve} end to end: a real GitOps remote and working clone, real releases in an
 * OCI layout, the Spring Boot application with its schedules and endpoints, and the in-memory
 * fake of our own cluster port (the Fabric8 mock cannot server-side apply; see SPEC).
 */
class GantryServeIT {

    private static final String SECRET = "hook-s3cret";
    private static final String V1 = "1".repeat(40);
    private static final String V2 = "2".repeat(40);
    private static final String NAMESPACE = "hello-dev";

    @TempDir
    Path temp;

    private final InMemoryClusterApplier cluster = new InMemoryClusterApplier();
    private final HttpClient http = HttpClient.newHttpClient();
    private Git work;
    private Path remote;
    private ConfigurableApplicationContext context;
    private String base;

    @BeforeEach
    void start() throws Exception {
        Registry registry = Registry.parse("oci-layout:" + temp.resolve("registry"));
        publish(registry, V1, "a", "b");
        publish(registry, V2, "a", "c");
        remote = temp.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
        work = Git.init().setDirectory(temp.resolve("work").toFile()).setInitialBranch("main").call();
        work.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(remote.toUri().toString())).call();
        write("environments/dev/environment.yaml", """
                apiVersion: gantry.dev/v1
                kind: Environment
                metadata: { name: dev }
                spec:
                  namespace: "{project}-{environment}"
                  sync: { auto: true, prune: true, healthTimeout: 2s }
                """);
        writePointer(V1);
        commitAndPush("dev runs v1");

        SpringApplication application = new SpringApplication(GantryApplication.class);
        application.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("clusterApplier", cluster));
        context = application.run("--server.port=0", "--gantry.repo=" + remote.toUri(), "--gantry.registry=" + registry.layout()
                .toString().replaceFirst("^", "oci-layout:"), "--gantry.cache=" + temp.resolve("cache"), "--gantry.poll=1h",
                "--gantry.health-poll=50ms", "--gantry.webhooks.generic=" + SECRET);
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        work.close();
    }

    @Test
    void appliesThePointerAtStartUpAndReportsItsStatus() throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/api/v1/environments/dev/projects/platform/hello").body())
                        .contains("\"appliedRelease\":\"" + V1 + "\"").contains("\"phase\":\"APPLIED\""));

        assertThat(cluster.objects()).contains(configMap("a"), configMap("b"));
        assertThat(get("/api/v1/environments").body()).contains("\"dev\"");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").body()).contains("gantry_reconcile_duration_seconds")
                .contains("gantry_commit_to_applied_seconds");
    }

    @Test
    void aSignedWebhookAppliesTheNextReleaseAndPrunes() throws Exception {
        awaitApplied(V1);
        writePointer(V2);
        RevCommit promoted = commitAndPush("dev runs v2");

        HttpResponse<String> hook = post("/hooks/generic", "{\"ref\":\"refs/heads/main\"}", true);

        assertThat(hook.statusCode()).isEqualTo(202);
        awaitApplied(V2);
        assertThat(cluster.objects()).contains(configMap("a"), configMap("c")).doesNotContain(configMap("b"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(noteOnRemote(promoted)).contains("\"release\":\"" + V2 + "\"").contains("\"result\":\"APPLIED\""));
    }

    @Test
    void aBadlySignedWebhookIsRefusedAndChangesNothing() throws Exception {
        awaitApplied(V1);
        writePointer(V2);
        commitAndPush("dev runs v2");

        HttpResponse<String> hook = post("/hooks/generic", "{\"ref\":\"refs/heads/main\"}", false);

        assertThat(hook.statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/environments/dev/projects/platform/hello").body()).contains("\"appliedRelease\":\"" + V1 + "\"");
    }

    private void awaitApplied(String release) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/api/v1/environments/dev/projects/platform/hello").body())
                        .contains("\"appliedRelease\":\"" + release + "\""));
    }

    private static ObjectKey configMap(String name) {
        return new ObjectKey("v1", "ConfigMap", NAMESPACE, name);
    }

    private String noteOnRemote(RevCommit commit) throws Exception {
        try (Git bare = Git.open(remote.toFile())) {
            Ref notes = bare.getRepository().exactRef("refs/notes/gantry");
            if (notes == null) {
                return "";
            }
            Note note = bare.notesShow().setNotesRef("refs/notes/gantry").setObjectId(commit).call();
            return note == null ? "" : new String(bare.getRepository().open(note.getData()).getBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void publish(Registry registry, String release, String... configMaps) {
        StringBuilder yaml = new StringBuilder();
        for (String name : configMaps) {
            yaml.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: ").append(name).append(" }\n");
        }
        byte[] layer = ManifestArchive.pack(Map.of("app.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8))).bytes();
        byte[] config = new ReleaseConfig("platform", "hello", release, null, List.of(), "gantry", "test",
                Instant.parse("2026-01-01T00:00:00Z")).toJson();
        new ReleasePublisher(new OciLayoutArtifactStore()).publish(new ArtifactRef(registry, "platform/hello", release, null),
                config, layer, Map.of(ReleaseManifest.REVISION, release));
    }

    private void writePointer(String release) throws Exception {
        write("environments/dev/platform/hello/release.yaml", """
                apiVersion: gantry.dev/v1
                kind: ReleasePointer
                metadata: { name: hello, environment: dev }
                spec:
                  release: "%s"
                """.formatted(release));
    }

    private void write(String path, String content) throws Exception {
        Path file = work.getRepository().getWorkTree().toPath().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private RevCommit commitAndPush(String message) throws Exception {
        work.add().addFilepattern(".").call();
        RevCommit commit = work.commit().setMessage(message).setSign(false)
                .setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com").call();
        work.push().setRemote("origin").setRefSpecs(new org.eclipse.jgit.transport.RefSpec("refs/heads/main:refs/heads/main")).call();
        return commit;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, boolean signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec((signed ? SECRET : "wrong").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Gantry-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
