package dev.gantry.release.oci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.release.ArtifactRef;
import dev.gantry.release.FetchedRelease;
import dev.gantry.release.PublishedRelease;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.ReleaseConfig;
import dev.gantry.release.ReleaseFetcher;
import dev.gantry.release.ReleaseManifest;
import dev.gantry.release.ReleasePublisher;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same publish and fetch against Testcontainers' {@code registry:2}, where a Docker engine
 * exists; without one, Testcontainers skips the class and says so.
 */
@Testcontainers(disabledWithoutDocker = true)
class RegistryContainerIT {

    private static final String COMMIT = "3f2c9d1e5b7a4c6d8e0f1a2b3c4d5e6f7a8b9c0d";

    @Container
    private static final GenericContainer<?> REGISTRY = new GenericContainer<>("registry:2").withExposedPorts(5000);

    @Test
    void publishesAndFetchesAReleaseInRegistryTwo() {
        OrasArtifactStore store = new OrasArtifactStore(RegistryCredentials.NONE, true);
        ArtifactRef tag = new ArtifactRef(Registry.parse("localhost:" + REGISTRY.getMappedPort(5000)),
                "platform/hello", COMMIT, null);
        byte[] config = new ReleaseConfig("platform", "hello", COMMIT, null, List.of(), "gantry", "test",
                Instant.parse("2026-01-01T00:00:00Z")).toJson();
        byte[] layer = "layer".getBytes(StandardCharsets.UTF_8);

        PublishedRelease published = new ReleasePublisher(store).publish(tag, config, layer,
                Map.of(ReleaseManifest.CREATED, "2026-01-01T00:00:00Z"));
        FetchedRelease fetched = new ReleaseFetcher(store).fetch(published.reference());

        assertThat(fetched.layer()).isEqualTo(layer);
    }
}
