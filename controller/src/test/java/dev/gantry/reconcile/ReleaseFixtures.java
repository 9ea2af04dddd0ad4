package dev.gantry.reconcile;

import dev.gantry.pointer.Environment;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.pointer.ReleasePointer;
import dev.gantry.release.ArtifactRef;
import dev.gantry.release.ManifestArchive;
import dev.gantry.release.PublishedRelease;
import dev.gantry.release.Registry;
import dev.gantry.release.ReleaseConfig;
import dev.gantry.release.ReleaseManifest;
import dev.gantry.release.ReleasePublisher;
import dev.gantry.release.oci.OciLayoutArtifactStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Publishes small releases into an OCI layout and builds the targets that point at them. */
final class ReleaseFixtures {

    static final ProjectRef PROJECT = new ProjectRef("platform", "hello");

    private final Registry registry;

    ReleaseFixtures(Path layout) {
        this.registry = Registry.parse("oci-layout:" + layout);
    }

    Registry registry() {
        return registry;
    }

    /** Publishes a release whose single manifest file holds the given YAML; returns its digest. */
    String publish(String release, String manifests) {
        return publish(PROJECT, release, manifests);
    }

    /** Publishes a release of {@code project} whose single manifest file holds the given YAML; returns its digest. */
    String publish(ProjectRef project, String release, String manifests) {
        byte[] layer = ManifestArchive.pack(Map.of("app.yaml", manifests.getBytes(StandardCharsets.UTF_8))).bytes();
        byte[] config = new ReleaseConfig(project.repository(), project.project(), release, null, List.of(), "gantry", "test",
                Instant.parse("2026-01-01T00:00:00Z")).toJson();
        PublishedRelease published = new ReleasePublisher(new OciLayoutArtifactStore()).publish(
                new ArtifactRef(registry, project.toString(), release, null), config, layer,
                Map.of(ReleaseManifest.REVISION, release));
        return published.manifest().digest();
    }

    static Environment environment(boolean prune, List<Environment.ClusterResource> allowed) {
        return environment("dev", "{project}-{environment}", prune, allowed);
    }

    /** An environment named {@code name} whose namespace template is {@code namespace}. */
    static Environment environment(String name, String namespace, boolean prune, List<Environment.ClusterResource> allowed) {
        return new Environment(name, null, namespace, Environment.Cluster.IN_CLUSTER, null,
                new Environment.Sync(true, prune, true, Duration.ofMinutes(10), Duration.ofMillis(300)),
                Environment.Approval.NONE, allowed);
    }

    ProjectTarget target(Environment environment, String release, String digest) {
        return target(environment, PROJECT, release, digest);
    }

    ProjectTarget target(Environment environment, ProjectRef project, String release, String digest) {
        ReleasePointer pointer = new ReleasePointer(project.project(), environment.name(), release, digest,
                ReleasePointer.Aliases.NONE, null, null, null, null);
        return new ProjectTarget(environment, project, pointer, new TreeMap<>(), registry, "c".repeat(40));
    }

    ProjectTarget removed(Environment environment) {
        return removed(environment, PROJECT);
    }

    ProjectTarget removed(Environment environment, ProjectRef project) {
        return new ProjectTarget(environment, project, null, new TreeMap<>(), registry, "c".repeat(40));
    }

    static String configMaps(String... names) {
        StringBuilder yaml = new StringBuilder();
        for (String name : names) {
            yaml.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ").append(name)
                    .append("\ndata:\n  release: ").append(name).append('\n');
        }
        return yaml.toString();
    }
}
