package dev.gantry.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.release.oci.OciLayoutArtifactStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hostile OCI layout: oversized or overlong content and releases under another name are refused. */
class ReleaseFetcherTest {

    private static final String COMMIT = "3f2c9d1e5b7a4c6d8e0f1a2b3c4d5e6f7a8b9c0d";
    private static final String OTHER_COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final byte[] LAYER = "pretend tar+gzip".getBytes(StandardCharsets.UTF_8);
    private static final long TEN_GIB = 10L << 30;

    @TempDir
    Path layout;

    private final ArtifactStore store = new OciLayoutArtifactStore();

    private ArtifactRef tag(String commit) {
        return ArtifactRef.parse("oci-layout:" + layout + "//platform/hello:" + commit);
    }

    private static byte[] config(String project, String commit) {
        return new ReleaseConfig("platform", project, commit, null, List.of(), "gantry", "1.0.0",
                Instant.parse("2026-01-01T00:00:00Z")).toJson();
    }

    private Path blob(String digest) {
        return layout.resolve("platform/hello/blobs/sha256/" + digest.substring("sha256:".length()));
    }

    /** Tags a manifest whose layer descriptor says whatever the test wants, with real config bytes. */
    private void publishWithLayer(ArtifactRef tag, ContentDescriptor layer) {
        byte[] config = config("hello", tag.tag());
        ContentDescriptor configDescriptor = ContentDescriptor.of(MediaTypes.RELEASE_CONFIG, config);
        store.putBlob(tag, configDescriptor, config);
        byte[] manifest = new ReleaseManifest(configDescriptor, layer, Map.of()).toJson();
        store.putManifest(tag, ContentDescriptor.of(MediaTypes.OCI_MANIFEST, manifest), manifest);
    }

    @Test
    void manifestDeclaredOverItsLimitIsRefusedBeforeItIsRead() throws Exception {
        PublishedRelease published = new ReleasePublisher(store).publish(tag(COMMIT), config("hello", COMMIT), LAYER, Map.of());
        Path index = layout.resolve("platform/hello/index.json");
        Files.writeString(index, Files.readString(index).replace("\"size\":" + published.manifest().size(),
                "\"size\":" + TEN_GIB));
        Files.write(blob(published.manifest().digest()), new byte[5 << 20]);

        assertThatThrownBy(() -> new ReleaseFetcher(store).fetch(tag(COMMIT)))
                .isInstanceOf(ArtifactIntegrityException.class)
                .hasMessageContaining("manifest of").hasMessageContaining("declares " + TEN_GIB + " bytes")
                .hasMessageContaining("over the 4 MiB limit").hasMessageContaining("refused before reading it");
    }

    @Test
    void layerDeclaredOverItsLimitIsRefusedBeforeItIsRead() throws Exception {
        ContentDescriptor huge = new ContentDescriptor(MediaTypes.RELEASE_MANIFESTS, "sha256:" + "e".repeat(64), TEN_GIB);
        publishWithLayer(tag(COMMIT), huge);
        Files.write(blob(huge.digest()), new byte[1 << 20]);

        assertThatThrownBy(() -> new ReleaseFetcher(store).fetch(tag(COMMIT)))
                .isInstanceOf(ArtifactIntegrityException.class)
                .hasMessageContaining("manifests layer of").hasMessageContaining("over the 128 MiB limit")
                .hasMessageContaining("refused before reading it");
    }

    @Test
    void layerLongerThanItsDescriptorIsRefusedWithoutReadingTheRest() throws Exception {
        PublishedRelease published = new ReleasePublisher(store).publish(tag(COMMIT), config("hello", COMMIT), LAYER, Map.of());
        ReleaseManifest manifest;
        try (var in = store.manifest(tag(COMMIT), published.manifest())) {
            manifest = ReleaseManifest.fromJson(in.readAllBytes());
        }
        byte[] longer = new byte[64 << 20];
        System.arraycopy(LAYER, 0, longer, 0, LAYER.length);
        Files.write(blob(manifest.layer().digest()), longer);

        assertThatThrownBy(() -> new ReleaseFetcher(store).fetch(tag(COMMIT)))
                .isInstanceOf(ArtifactIntegrityException.class)
                .hasMessageContaining("manifests layer of")
                .hasMessageContaining("longer than the " + LAYER.length + " bytes its descriptor declares");
    }

    @Test
    void releaseWhoseConfigNamesAnotherCommitIsRefused() {
        new ReleasePublisher(store).publish(tag(COMMIT), config("hello", OTHER_COMMIT), LAYER, Map.of());

        assertThatThrownBy(() -> new ReleaseFetcher(store).fetch(tag(COMMIT)))
                .isInstanceOf(ArtifactIntegrityException.class)
                .hasMessageContaining("names commit " + OTHER_COMMIT + ", not " + COMMIT);
    }

    @Test
    void releaseWhoseConfigNamesAnotherProjectIsRefused() {
        new ReleasePublisher(store).publish(tag(COMMIT), config("billing", COMMIT), LAYER, Map.of());

        assertThatThrownBy(() -> new ReleaseFetcher(store).fetch(tag(COMMIT)))
                .isInstanceOf(ArtifactIntegrityException.class)
                .hasMessageContaining("names project platform/billing, not platform/hello");
    }

    @Test
    void releaseUnderItsOwnNameIsFetched() {
        new ReleasePublisher(store).publish(tag(COMMIT), config("hello", COMMIT), LAYER, Map.of());

        FetchedRelease fetched = new ReleaseFetcher(store).fetch(tag(COMMIT));

        assertThat(fetched.layer()).isEqualTo(LAYER);
        assertThat(fetched.config().commit()).isEqualTo(COMMIT);
    }
}
