package dev.gantry.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArtifactRefTest {

    private static final String SHA = "3f2c9d1e5b7a4c6d8e0f1a2b3c4d5e6f7a8b9c0d";
    private static final String DIGEST = "sha256:" + "c".repeat(64);

    @Test
    void parsesARegistryReferenceWithPortPrefixTagAndDigest() {
        ArtifactRef ref = ArtifactRef.parse("127.0.0.1:5000/releases/platform/hello:" + SHA + "@" + DIGEST);

        assertThat(ref.registry().host()).isEqualTo("127.0.0.1:5000");
        assertThat(ref.repository()).isEqualTo("releases/platform/hello");
        assertThat(ref.tag()).isEqualTo(SHA);
        assertThat(ref.digest()).isEqualTo(DIGEST);
        assertThat(ref.registry().isLoopback()).isTrue();
        assertThat(ref).hasToString("127.0.0.1:5000/releases/platform/hello:" + SHA + "@" + DIGEST);
    }

    @Test
    void parsesALayoutReferenceWithItsRepositoryMarker() {
        ArtifactRef ref = ArtifactRef.parse("oci-layout:/tmp/registry//platform/hello:" + SHA);

        assertThat(ref.registry().layout()).isEqualTo(Path.of("/tmp/registry"));
        assertThat(ref.repository()).isEqualTo("platform/hello");
        assertThat(ArtifactRef.parse(ref.toString())).isEqualTo(ref);
    }

    @Test
    void takesTheLastTwoSegmentsAsTheRepositoryOfAnUnmarkedLayoutReference() {
        ArtifactRef ref = ArtifactRef.parse("oci-layout:/tmp/registry/platform/hello@" + DIGEST);

        assertThat(ref.registry().layout()).isEqualTo(Path.of("/tmp/registry"));
        assertThat(ref.repository()).isEqualTo("platform/hello");
        assertThat(ref.tag()).isNull();
    }

    @Test
    void refusesAReferenceWithoutTagOrDigest() {
        assertThatThrownBy(() -> ArtifactRef.parse("registry.example.com/platform/hello"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a tag");
    }

    @Test
    void refusesARegistryThatIsNotAHost() {
        assertThatThrownBy(() -> Registry.parse("https://registry.example.com"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HOST[:PORT][/PREFIX]");
    }
}
