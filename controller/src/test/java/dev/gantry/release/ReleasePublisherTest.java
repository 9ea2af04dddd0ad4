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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleasePublisherTest {

    private static final String COMMIT = "3f2c9d1e5b7a4c6d8e0f1a2b3c4d5e6f7a8b9c0d";
    private static final byte[] LAYER = "pretend tar+gzip".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path layout;

    private final ArtifactStore store = new OciLayoutArtifactStore();
    private ArtifactRef tag;
    private ReleasePublisher publisher;

    @BeforeEach
    void setUp() {
        tag = ArtifactRef.parse("oci-layout:" + layout + "//platform/hello:" + COMMIT);
        publisher = new ReleasePublisher(store);
    }

    private static byte[] config(String commit) {
        return new ReleaseConfig("platform", "hello", commit, "https://git.example.com/platform.git",
                List.of(new BuiltImage("web", "registry.example.com/platform/hello/web", "sha256:" + "a".repeat(64))),
                "gantry", "1.0.0", Instant.parse("2026-01-01T00:00:00Z")).toJson();
    }

    @Test
    void publishesOnceThenReportsTheSameDigestUnchanged() {
        PublishedRelease first = publisher.publish(tag, config(COMMIT), LAYER, Map.of(ReleaseManifest.REVISION, COMMIT));
        PublishedRelease second = publisher.publish(tag, config(COMMIT), LAYER, Map.of(ReleaseManifest.REVISION, COMMIT));

        assertThat(first.outcome()).isEqualTo(PublishedRelease.Outcome.CREATED);
        assertThat(first.uploadedBytes()).isPositive();
        assertThat(second.outcome()).isEqualTo(PublishedRelease.Outcome.UNCHANGED);
        assertThat(second.reference().digest()).isEqualTo(first.reference().digest());
    }

    @Test
    void refusesADifferentDigestUnderAnExistingTag() {
        publisher.publish(tag, config(COMMIT), LAYER, Map.of());

        assertThatThrownBy(() -> publisher.publish(tag, config(COMMIT), "other".getBytes(StandardCharsets.UTF_8), Map.of()))
                .isInstanceOf(ReleaseConflictException.class)
                .hasMessageContaining("already exists with digest").hasMessageContaining("immutable");
    }

    @Test
    void uploadsOnlyTheBlobsTheStoreLacks() {
        publisher.publish(tag, config(COMMIT), LAYER, Map.of());
        String other = "0".repeat(40);
        byte[] otherConfig = config(other);

        PublishedRelease second = publisher.publish(tag.child("x", other).withDigest(null), otherConfig, LAYER, Map.of());
        PublishedRelease third = publisher.publish(
                new ArtifactRef(tag.registry(), tag.repository(), other, null), otherConfig, LAYER, Map.of());

        assertThat(second.uploadedBytes()).isEqualTo(otherConfig.length + LAYER.length);
        assertThat(third.uploadedBytes()).as("the layer is already in platform/hello").isEqualTo(otherConfig.length);
    }

    @Test
    void writesAStandardOciLayoutWithTheCommitAsTag() throws Exception {
        PublishedRelease published = publisher.publish(tag, config(COMMIT), LAYER, Map.of());

        Path repository = layout.resolve("platform/hello");
        assertThat(repository.resolve("oci-layout")).hasContent("{\"imageLayoutVersion\":\"1.0.0\"}");
        assertThat(Files.readString(repository.resolve("index.json")))
                .contains("\"org.opencontainers.image.ref.name\":\"" + COMMIT + "\"")
                .contains(published.manifest().digest());
        assertThat(repository.resolve("blobs/sha256/" + published.manifest().hex())).exists();
    }

    @Test
    void fetchesWhatWasPublishedAndVerifiesThePin() {
        PublishedRelease published = publisher.publish(tag, config(COMMIT), LAYER, Map.of(ReleaseManifest.REVISION, COMMIT));

        FetchedRelease fetched = new ReleaseFetcher(store).fetch(published.reference());

        assertThat(fetched.layer()).isEqualTo(LAYER);
        assertThat(fetched.config().commit()).isEqualTo(COMMIT);
        assertThat(fetched.manifest().annotations()).containsEntry(ReleaseManifest.REVISION, COMMIT);
        assertThatThrownBy(() -> new ReleaseFetcher(store).fetch(tag.withDigest("sha256:" + "b".repeat(64))))
                .isInstanceOf(ArtifactIntegrityException.class).hasMessageContaining("pinned digest");
    }

    @Test
    void refusesABlobThatNoLongerMatchesItsDigest() throws Exception {
        PublishedRelease published = publisher.publish(tag, config(COMMIT), LAYER, Map.of());
        ReleaseManifest manifest = ReleaseManifest.fromJson(store.manifest(tag, published.manifest()).readAllBytes());
        Files.writeString(layout.resolve("platform/hello/blobs/sha256/" + manifest.layer().hex()), "tampered");

        assertThatThrownBy(() -> new ReleaseFetcher(store).fetch(tag))
                .isInstanceOf(ArtifactIntegrityException.class)
                .hasMessageContaining("manifests layer").hasMessageContaining(manifest.layer().digest());
    }

    @Test
    void saysWhenTheReleaseDoesNotExist() {
        assertThatThrownBy(() -> new ReleaseFetcher(store).fetch(tag))
                .isInstanceOf(ArtifactNotFoundException.class).hasMessageContaining(COMMIT);
    }

    @Test
    void writesTheSameManifestBytesForTheSameInputs() {
        ContentDescriptor config = ContentDescriptor.of(MediaTypes.RELEASE_CONFIG, config(COMMIT));
        ContentDescriptor layer = ContentDescriptor.of(MediaTypes.RELEASE_MANIFESTS, LAYER);

        byte[] one = new ReleaseManifest(config, layer, Map.of("b", "2", "a", "1")).toJson();
        byte[] two = new ReleaseManifest(config, layer, Map.of("a", "1", "b", "2")).toJson();

        assertThat(one).isEqualTo(two);
        assertThat(new String(one, StandardCharsets.UTF_8)).startsWith(
                "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                        + "\"artifactType\":\"application/vnd.gantry.release.v1\"");
    }
}
