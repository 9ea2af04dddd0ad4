package dev.gantry.release.oci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.release.ArtifactRef;
import dev.gantry.release.BuiltImage;
import dev.gantry.release.FetchedRelease;
import dev.gantry.release.PublishedRelease;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.release.RegistryUnavailableException;
import dev.gantry.release.ReleaseConfig;
import dev.gantry.release.ReleaseFetcher;
import dev.gantry.release.ReleaseManifest;
import dev.gantry.release.ReleasePublisher;
import dev.gantry.testing.registry.DistributionRegistry;
import dev.gantry.testing.registry.FaultInjectingProxy;
import dev.gantry.testing.registry.ProxiedRequest;
import dev.gantry.testing.registry.RegistryAuth;
import dev.gantry.testing.registry.WithDistributionRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The ORAS store against the real distribution registry: each auth mode, and faults. */
class OrasArtifactStoreIT {

    private static final String COMMIT = "3f2c9d1e5b7a4c6d8e0f1a2b3c4d5e6f7a8b9c0d";
    private static final byte[] LAYER = binaryLayer();

    /** Every byte value, so a client that decodes blobs as text is caught. */
    private static byte[] binaryLayer() {
        byte[] layer = new byte[512];
        for (int i = 0; i < layer.length; i++) {
            layer[i] = (byte) i;
        }
        return layer;
    }

    private static byte[] config() {
        return new ReleaseConfig("platform", "hello", COMMIT, null,
                List.of(new BuiltImage("web", "registry.example.com/platform/hello/web", "sha256:" + "a".repeat(64))),
                "gantry", "test", Instant.parse("2026-01-01T00:00:00Z")).toJson();
    }

    private static ArtifactRef tag(String host) {
        return new ArtifactRef(Registry.parse(host + "/it-" + UUID.randomUUID().toString().substring(0, 8)),
                "platform/hello", COMMIT, null);
    }

    private static Map<String, String> annotations() {
        return Map.of(ReleaseManifest.REVISION, COMMIT, ReleaseManifest.CREATED, "2026-01-01T00:00:00Z");
    }

    private static void publishesAndFetchesByteForByte(DistributionRegistry registry, RegistryCredentials credentials) {
        OrasArtifactStore store = new OrasArtifactStore(credentials, true);
        ArtifactRef tag = tag(registry.host());

        PublishedRelease published = new ReleasePublisher(store).publish(tag, config(), LAYER, annotations());
        FetchedRelease fetched = new ReleaseFetcher(store).fetch(published.reference());

        assertThat(fetched.layer()).isEqualTo(LAYER);
        assertThat(fetched.manifestDigest()).isEqualTo(published.manifest().digest());
        assertThat(fetched.manifest().annotations()).containsEntry(ReleaseManifest.REVISION, COMMIT);
        assertThat(new ReleasePublisher(store).publish(tag, config(), LAYER, annotations()).outcome())
                .isEqualTo(PublishedRelease.Outcome.UNCHANGED);
    }

    @Nested
    @WithDistributionRegistry
    class Anonymous {

        @Test
        void publishesAndFetchesAReleaseByteForByte(DistributionRegistry registry) {
            publishesAndFetchesByteForByte(registry, RegistryCredentials.NONE);
        }

        @Test
        void keepsTheManifestDigestItComputed(DistributionRegistry registry) {
            OrasArtifactStore store = new OrasArtifactStore(RegistryCredentials.NONE, true);
            ArtifactRef tag = tag(registry.host());

            PublishedRelease published = new ReleasePublisher(store).publish(tag, config(), LAYER, annotations());

            assertThat(store.resolve(tag)).hasValueSatisfying(descriptor ->
                    assertThat(descriptor.digest()).isEqualTo(published.manifest().digest()));
        }

        @Test
        void retriesAServerErrorDuringABlobUpload(DistributionRegistry registry) throws Exception {
            try (FaultInjectingProxy proxy = FaultInjectingProxy.inFrontOf(registry)) {
                proxy.failNext(1, 500, ProxiedRequest::isBlobUpload);
                OrasArtifactStore store = new OrasArtifactStore(RegistryCredentials.NONE, true);

                PublishedRelease published = new ReleasePublisher(store).publish(tag(proxy.host()), config(), LAYER,
                        annotations());

                assertThat(published.outcome()).isEqualTo(PublishedRelease.Outcome.CREATED);
                assertThat(proxy.faultsInjected()).isEqualTo(1);
            }
        }

        @Test
        void failsClearlyAndLeavesNoTagWhenUploadsKeepFailing(DistributionRegistry registry) throws Exception {
            ArtifactRef tag;
            try (FaultInjectingProxy proxy = FaultInjectingProxy.inFrontOf(registry)) {
                proxy.failNext(100, 503, ProxiedRequest::isBlobUpload);
                OrasArtifactStore store = new OrasArtifactStore(RegistryCredentials.NONE, true);
                tag = tag(proxy.host());
                ArtifactRef target = tag;

                assertThatThrownBy(() -> new ReleasePublisher(store).publish(target, config(), LAYER, annotations()))
                        .isInstanceOf(RegistryUnavailableException.class)
                        .hasMessageContaining("cannot upload blob");
            }
            ArtifactRef direct = new ArtifactRef(Registry.parse(registry.host() + "/" + tag.registry().prefix()),
                    tag.repository(), tag.tag(), null);
            assertThat(new OrasArtifactStore(RegistryCredentials.NONE, true).resolve(direct)).isEmpty();
        }
    }

    @Nested
    @WithDistributionRegistry(RegistryAuth.BASIC)
    class Basic {

        @Test
        void publishesAndFetchesWithBasicCredentials(DistributionRegistry registry) {
            publishesAndFetchesByteForByte(registry,
                    new RegistryCredentials(registry.host(), registry.username(), registry.password()));
        }

        @Test
        void failsWithoutPrintingTheWrongPassword(DistributionRegistry registry) {
            OrasArtifactStore store = new OrasArtifactStore(new RegistryCredentials(registry.host(), registry.username(), "wrong-s3cret"), true);

            assertThatThrownBy(() -> new ReleasePublisher(store).publish(tag(registry.host()), config(), LAYER, annotations()))
                    .isInstanceOf(RegistryUnavailableException.class)
                    .hasMessageContaining("401")
                    .hasMessageNotContaining("wrong-s3cret");
        }
    }

    @Nested
    @WithDistributionRegistry(RegistryAuth.TOKEN)
    class Token {

        @Test
        void publishesAndFetchesThroughTheBearerTokenFlow(DistributionRegistry registry) {
            publishesAndFetchesByteForByte(registry,
                    new RegistryCredentials(registry.host(), registry.username(), registry.password()));
        }

        @Test
        void failsWithoutPrintingSecretsWhenTheTokenServerRefuses(DistributionRegistry registry) {
            OrasArtifactStore store = new OrasArtifactStore(new RegistryCredentials(registry.host(), registry.username(), "wrong-s3cret"), true);

            assertThatThrownBy(() -> store.resolve(tag(registry.host())))
                    .isInstanceOf(RegistryUnavailableException.class)
                    .hasMessageContaining("refused the credentials (HTTP 401)")
                    .hasMessageNotContaining("wrong-s3cret");
        }
    }

    @Nested
    @WithDistributionRegistry
    class Down {

        @Test
        void reportsARegistryThatIsDown(DistributionRegistry registry) {
            registry.stop();
            try {
                OrasArtifactStore store = new OrasArtifactStore(RegistryCredentials.NONE, true);

                assertThatThrownBy(() -> store.resolve(tag(registry.host())))
                        .isInstanceOf(RegistryUnavailableException.class)
                        .hasMessageContaining(registry.host());
            } finally {
                registry.start();
            }
        }
    }
}
