package dev.gantry.config;

import dev.gantry.release.ArtifactRef;
import dev.gantry.release.ManifestArchive;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.ReleaseConfig;
import dev.gantry.release.ReleaseManifest;
import dev.gantry.release.ReleasePublisher;
import dev.gantry.release.oci.OrasArtifactStore;
import dev.gantry.testing.registry.DistributionRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes small releases of {@code platform/hello} to the real distribution registry, under a
 * prefix of their own so that tests sharing one registry never see each other's releases.
 */
final class RegistryReleases {

    static final String REPOSITORY = "platform";
    static final String PROJECT = "hello";

    private final Registry registry;
    private final ReleasePublisher publisher = new ReleasePublisher(new OrasArtifactStore(RegistryCredentials.NONE, true));

    RegistryReleases(DistributionRegistry server) {
        this.registry = Registry.parse(server.host() + "/it-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** {@code HOST:PORT/PREFIX}, as {@code gantry serve --registry} takes it. */
    String registry() {
        return registry.host() + "/" + registry.prefix();
    }

    /** Publishes a release of ConfigMaps, each holding {@code colour: <colour>}; returns its manifest digest. */
    String publish(String release, String colour, String... configMaps) {
        return publishYaml(release, configMaps(colour, configMaps));
    }

    /** Publishes a release whose one manifest file holds {@code yaml}; returns its manifest digest. */
    String publishYaml(String release, String yaml) {
        return publish(release, ManifestArchive.pack(Map.of("app.yaml", yaml.getBytes(StandardCharsets.UTF_8))).bytes());
    }

    /** The names {@code shared-000} to {@code shared-<count-1>}, which two releases both hold, and {@code own}. */
    static String[] sharedAnd(int count, String own) {
        return java.util.stream.IntStream.rangeClosed(0, count).mapToObj(i -> i == count ? own : shared(i))
                .toArray(String[]::new);
    }

    /** The {@code i}th shared name of {@link #sharedAnd}. */
    static String shared(int i) {
        return "shared-%03d".formatted(i);
    }

    /** ConfigMaps without a namespace, each holding {@code colour: <colour>}. */
    static String configMaps(String colour, String... names) {
        StringBuilder yaml = new StringBuilder();
        for (String name : names) {
            yaml.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ").append(name)
                    .append("\ndata:\n  colour: ").append(colour).append('\n');
        }
        return yaml.toString();
    }

    /** Publishes a release whose manifests layer is not a tar+gzip archive at all; the registry stores it as is. */
    String publishCorrupt(String release) {
        return publish(release, "this is not a gzip stream".getBytes(StandardCharsets.UTF_8));
    }

    private String publish(String release, byte[] layer) {
        byte[] config = new ReleaseConfig(REPOSITORY, PROJECT, release, null, List.of(), "gantry", "test",
                Instant.parse("2026-01-01T00:00:00Z")).toJson();
        return publisher.publish(new ArtifactRef(registry, REPOSITORY + "/" + PROJECT, release, null), config, layer,
                Map.of(ReleaseManifest.REVISION, release)).manifest().digest();
    }
}
