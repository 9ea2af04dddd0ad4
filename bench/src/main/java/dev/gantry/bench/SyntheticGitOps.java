package dev.gantry.bench;

import static dev.gantry.testing.git.GitOpsFiles.pointer;
import static dev.gantry.testing.git.GitOpsFiles.pointerPath;

import dev.gantry.pointer.ProjectRef;
import dev.gantry.release.ArtifactRef;
import dev.gantry.release.ManifestArchive;
import dev.gantry.release.Registry;
import dev.gantry.release.ReleaseConfig;
import dev.gantry.release.ReleaseManifest;
import dev.gantry.release.ReleasePublisher;
import dev.gantry.release.oci.OciLayoutArtifactStore;
import dev.gantry.testing.git.GitOpsRemoteFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A generated GitOps remote and the releases its pointers name. Pointer {@code j} of {@code N} is
 * project {@code j / 3} in environment {@code j % 3} (dev, staging, production), 30 projects per
 * source repository. Ten distinct releases of three ConfigMaps exist; a project's dev, staging and
 * production pointers name variants {@code p}, {@code p+1} and {@code p+2} (mod 10), and those three
 * are published into the project's own layout {@code <layout>/<repository>/<project>/}. One more
 * project, {@link #WAITING}, can be added in dev: its Deployment never becomes available, so its
 * health stays pending (every environment allows an hour for health).
 */
final class SyntheticGitOps implements AutoCloseable {

    static final List<String> ENVIRONMENTS = List.of("dev", "staging", "production");
    static final int VARIANTS = 10;
    private static final int PROJECTS_PER_REPOSITORY = 30;
    private static final int RELEASES_PER_PROJECT = 3;
    private static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");

    /** The project whose release waits on health for the whole run: no node matches its pods. */
    static final ProjectRef WAITING = new ProjectRef("repo-waiting", "waits-on-health");
    private static final String WAITING_RELEASE = String.format("%040x", 0x5a17);

    private final int pointers;
    private final GitOpsRemoteFixture remote;
    private final Registry registry;
    private final byte[][] layers = new byte[VARIANTS][];

    private SyntheticGitOps(int pointers, GitOpsRemoteFixture remote, Registry registry) {
        this.pointers = pointers;
        this.remote = remote;
        this.registry = registry;
        for (int variant = 0; variant < VARIANTS; variant++) {
            layers[variant] = ManifestArchive.pack(Map.of("app.yaml", configMaps(variant).getBytes(StandardCharsets.UTF_8))).bytes();
        }
    }

    /** An empty remote and layout under {@code folder}, for {@code pointers} pointers. */
    static SyntheticGitOps create(Path folder, int pointers) throws Exception {
        return new SyntheticGitOps(pointers, GitOpsRemoteFixture.create(folder.resolve("remote.git")),
                Registry.parse("oci-layout:" + folder.resolve("registry")));
    }

    int pointers() {
        return pointers;
    }

    int projects() {
        return (pointers + ENVIRONMENTS.size() - 1) / ENVIRONMENTS.size();
    }

    static ProjectRef project(int index) {
        return new ProjectRef("repo-" + index / PROJECTS_PER_REPOSITORY, "project-" + index);
    }

    /** The release SHA of a variant. */
    static String release(int variant) {
        return String.format("%040x", 0xbe00 + variant);
    }

    /** The variant a project's pointer names at seed time in the environment at {@code environmentIndex}. */
    static int seededVariant(int project, int environmentIndex) {
        return (project + environmentIndex) % VARIANTS;
    }

    /** Writes every environment and pointer in one commit through a pack inserter. */
    RevCommit seed() throws IOException {
        Map<String, String> files = new HashMap<>();
        for (String environment : ENVIRONMENTS) {
            files.put("environments/" + environment + "/environment.yaml", environment(environment));
        }
        for (int j = 0; j < pointers; j++) {
            int environment = j % ENVIRONMENTS.size();
            files.put(path(j / ENVIRONMENTS.size(), ENVIRONMENTS.get(environment)),
                    pointerFile(j / ENVIRONMENTS.size(), ENVIRONMENTS.get(environment), seededVariant(j / ENVIRONMENTS.size(), environment)));
        }
        return remote.commitTree(pointers + " pointers", files);
    }

    /** Publishes each project's three releases, projects in parallel (each has its own layout folder). */
    void publishReleases() {
        IntStream.range(0, projects()).parallel().forEach(project -> {
            ReleasePublisher publisher = new ReleasePublisher(new OciLayoutArtifactStore());
            for (int k = 0; k < RELEASES_PER_PROJECT; k++) {
                int variant = seededVariant(project, k);
                ProjectRef ref = project(project);
                byte[] config = new ReleaseConfig(ref.repository(), ref.project(), release(variant), null, List.of(), "gantry",
                        "bench", BUILT).toJson();
                publisher.publish(new ArtifactRef(registry, ref.toString(), release(variant), null), config, layers[variant],
                        Map.of(ReleaseManifest.REVISION, release(variant)));
            }
        });
    }

    /** Publishes {@link #WAITING}'s release and points dev at it, as one small commit. */
    RevCommit addWaitingProject() throws IOException {
        byte[] config = new ReleaseConfig(WAITING.repository(), WAITING.project(), WAITING_RELEASE, null, List.of(), "gantry",
                "bench", BUILT).toJson();
        byte[] layer = ManifestArchive.pack(Map.of("app.yaml", neverAvailable().getBytes(StandardCharsets.UTF_8))).bytes();
        new ReleasePublisher(new OciLayoutArtifactStore()).publish(new ArtifactRef(registry, WAITING.toString(),
                WAITING_RELEASE, null), config, layer, Map.of(ReleaseManifest.REVISION, WAITING_RELEASE));
        return remote.commit("dev: " + WAITING + " added",
                Map.of(pointerPath("dev", WAITING.repository(), WAITING.project()),
                        pointer("dev", WAITING.project(), WAITING_RELEASE)));
    }

    int publishedReleases() {
        return projects() * RELEASES_PER_PROJECT;
    }

    /** Moves one project's dev pointer to a variant, as one small commit (loose objects, like a push). */
    RevCommit moveDevPointer(int project, int variant) throws IOException {
        return remote.commit("dev: " + project(project) + " to " + variant,
                Map.of(path(project, "dev"), pointerFile(project, "dev", variant)));
    }

    Registry registry() {
        return registry;
    }

    GitOpsRemoteFixture remote() {
        return remote;
    }

    private static String path(int project, String environment) {
        ProjectRef ref = project(project);
        return pointerPath(environment, ref.repository(), ref.project());
    }

    private static String pointerFile(int project, String environment, int variant) {
        return pointer(environment, project(project).project(), release(variant));
    }

    private static String environment(String name) {
        return """
                apiVersion: gantry.dev/v1
                kind: Environment
                metadata: { name: %s }
                spec:
                  namespace: "{project}-{environment}"
                  sync: { auto: true, prune: true, healthTimeout: 1h }
                """.formatted(name);
    }

    private static String configMaps(int variant) {
        StringBuilder yaml = new StringBuilder();
        for (String name : List.of("settings", "features", "routes")) {
            yaml.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ").append(name)
                    .append("\ndata:\n  variant: \"").append(variant).append("\"\n  owner: bench\n");
        }
        return yaml.toString();
    }

    /**
     * A Deployment whose pod no node matches, its image pinned by a digest never pulled, and a progress
     * deadline no run reaches: its health stays PROGRESSING, never DEGRADED.
     */
    private static String neverAvailable() {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: waits-on-health
                spec:
                  replicas: 1
                  progressDeadlineSeconds: 86400
                  selector:
                    matchLabels: { app: waits-on-health }
                  template:
                    metadata:
                      labels: { app: waits-on-health }
                    spec:
                      nodeSelector: { gantry.dev/no-such-node: "true" }
                      containers:
                        - name: app
                          image: registry.invalid/waits@sha256:0000000000000000000000000000000000000000000000000000000000000000
                """;
    }

    @Override
    public void close() {
        remote.close();
    }
}
