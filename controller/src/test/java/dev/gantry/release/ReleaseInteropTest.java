package dev.gantry.release;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.release.oci.OciLayoutArtifactStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published release, read from its stored bytes as Flux's OCIRepository and Argo CD's OCI
 * sources read it: the format facts they rely on, and the media type the docs tell them to select.
 */
class ReleaseInteropTest {

    private static final String COMMIT = "57c5671458be5442b155349ad9df5eb28300d5ee";
    private static final String LAYER_MEDIA_TYPE = "application/vnd.gantry.release.manifests.v1.tar+gzip";
    private static final Map<String, byte[]> MANIFESTS = Map.of(
            "deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: hello}\n".getBytes(UTF_8),
            "service.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: hello}\n".getBytes(UTF_8),
            "db/statefulset.yaml", "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\n".getBytes(UTF_8));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path layout;

    private Path repository;
    private PublishedRelease published;
    private JsonNode manifest;

    @BeforeEach
    void publish() throws IOException {
        ArtifactRef tag = ArtifactRef.parse("oci-layout:" + layout + "//platform/hello:" + COMMIT);
        byte[] config = new ReleaseConfig("platform", "hello", COMMIT, "https://git.example.com/platform/hello.git",
                List.of(new BuiltImage("web", "registry.example.com/releases/platform/hello/web", "sha256:" + "a".repeat(64))),
                "gantry", "test", Instant.parse("2026-02-01T12:00:00Z")).toJson();
        Map<String, String> annotations = Map.of(ReleaseManifest.REVISION, COMMIT,
                ReleaseManifest.CREATED, "2026-02-01T12:00:00Z", ReleaseManifest.TITLE, "platform/hello",
                ReleaseManifest.SOURCE, "https://git.example.com/platform/hello.git");
        published = new ReleasePublisher(new OciLayoutArtifactStore())
                .publish(tag, config, ManifestArchive.pack(MANIFESTS).bytes(), annotations);
        repository = layout.resolve("platform/hello");
        manifest = JSON.readTree(blob(published.manifest().digest()));
    }

    @Test
    void declaresAnOciImageManifestWithTheGantryArtifactType() {
        assertThat(manifest.path("schemaVersion").asInt()).isEqualTo(2);
        assertThat(manifest.path("mediaType").asString()).isEqualTo("application/vnd.oci.image.manifest.v1+json");
        assertThat(manifest.path("artifactType").asString()).isEqualTo("application/vnd.gantry.release.v1");
    }

    @Test
    void hasExactlyOneLayerWhoseMediaTypeIsTheOneTheFluxExampleSelects() throws IOException {
        assertThat(manifest.path("layers").size()).isEqualTo(1);
        String layerType = manifest.path("layers").get(0).path("mediaType").asString();

        assertThat(layerType).isEqualTo(LAYER_MEDIA_TYPE).isEqualTo(fluxLayerSelectorInTheDocs());
    }

    @Test
    void hasOneContentLayerByArgoCdsRuleAndTheDocsAllowListIt() throws IOException {
        List<String> contentLayers = new ArrayList<>();
        manifest.path("layers").forEach(layer -> {
            String type = layer.path("mediaType").asString();
            if (type.endsWith("tar+gzip") || type.endsWith("tar")) {
                contentLayers.add(type);
            }
        });

        assertThat(contentLayers).containsExactly(LAYER_MEDIA_TYPE);
        assertThat(argoCdAllowListInTheDocs()).contains(LAYER_MEDIA_TYPE)
                .contains("application/vnd.oci.image.layer.v1.tar+gzip", "application/vnd.cncf.helm.chart.content.v1.tar+gzip");
    }

    @Test
    void storesTheLayerAsGzipOfAPosixTarHoldingOnlyRelativeYamlFilesAndFolders() throws IOException {
        JsonNode descriptor = manifest.path("layers").get(0);
        byte[] layer = blob(descriptor.path("digest").asString());

        assertThat((long) layer.length).isEqualTo(descriptor.path("size").asLong());
        assertThat(Digest.sha256(layer).value()).isEqualTo(descriptor.path("digest").asString());
        assertThat(Arrays.copyOf(layer, 2)).containsExactly(0x1f, 0x8b);
        List<TarHeader> headers = tarHeaders(gunzip(layer));
        assertThat(headers).extracting(TarHeader::name)
                .containsExactly("db/", "db/statefulset.yaml", "deployment.yaml", "service.yaml");
        assertThat(headers).allSatisfy(header -> {
            assertThat(header.magic()).as("POSIX ustar magic and version").isEqualTo("ustar\0" + "00");
            assertThat(header.type()).as("plain file '0' or folder '5'").isIn('0', '5');
            assertThat(header.name()).doesNotStartWith("/").doesNotContain("\\");
            assertThat(header.name().split("/")).doesNotContain("..", ".");
            if (header.type() == '0') {
                assertThat(header.name()).endsWith(".yaml");
            }
        });
    }

    @Test
    void usesAConfigMediaTypeNoContainerRuntimeWillRun() {
        String configType = manifest.path("config").path("mediaType").asString();

        assertThat(configType).isEqualTo("application/vnd.gantry.release.config.v1+json")
                .isNotIn("application/vnd.oci.image.config.v1+json", "application/vnd.docker.container.image.v1+json");
    }

    @Test
    void carriesTheOpenContainersAnnotationsFluxAndArgoCdShow() {
        JsonNode annotations = manifest.path("annotations");

        assertThat(annotations.path("org.opencontainers.image.revision").asString()).isEqualTo(COMMIT);
        assertThat(annotations.path("org.opencontainers.image.created").asString()).isEqualTo("2026-02-01T12:00:00Z");
        assertThat(annotations.path("org.opencontainers.image.title").asString()).isEqualTo("platform/hello");
        assertThat(annotations.path("org.opencontainers.image.source").asString())
                .isEqualTo("https://git.example.com/platform/hello.git");
    }

    @Test
    void tagsTheCommitInAStandardOciLayout() throws IOException {
        JsonNode layoutFile = JSON.readTree(Files.readAllBytes(repository.resolve("oci-layout")));
        JsonNode index = JSON.readTree(Files.readAllBytes(repository.resolve("index.json")));

        assertThat(layoutFile.path("imageLayoutVersion").asString()).isEqualTo("1.0.0");
        assertThat(index.path("mediaType").asString()).isEqualTo("application/vnd.oci.image.index.v1+json");
        assertThat(index.path("manifests").size()).isEqualTo(1);
        JsonNode entry = index.path("manifests").get(0);
        assertThat(entry.path("digest").asString()).isEqualTo(published.manifest().digest());
        assertThat(entry.path("mediaType").asString()).isEqualTo("application/vnd.oci.image.manifest.v1+json");
        assertThat(entry.path("annotations").path("org.opencontainers.image.ref.name").asString()).isEqualTo(COMMIT);
    }

    private byte[] blob(String digest) throws IOException {
        return Files.readAllBytes(repository.resolve("blobs/sha256").resolve(Digest.parse(digest).hex()));
    }

    private static String fluxLayerSelectorInTheDocs() throws IOException {
        return firstGroup("kind: OCIRepository[\\s\\S]*?layerSelector:\\s*\\n\\s*mediaType:\\s*(\\S+)");
    }

    private static String argoCdAllowListInTheDocs() throws IOException {
        return firstGroup("reposerver\\.oci\\.layer\\.media\\.types:\\s*\"([^\"]+)\"");
    }

    private static String firstGroup(String regex) throws IOException {
        String doc = Files.readString(Path.of(System.getProperty("gantry.docs", "../docs"), "release-spec.md"));
        Matcher matcher = Pattern.compile(regex).matcher(doc);
        assertThat(matcher.find()).as("docs/release-spec.md has an example matching %s", regex).isTrue();
        return matcher.group(1);
    }

    private static byte[] gunzip(byte[] layer) throws IOException {
        try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(layer))) {
            return gzip.readAllBytes();
        }
    }

    /** Walks ustar headers the way a plain tar reader does, without the library that wrote them. */
    private static List<TarHeader> tarHeaders(byte[] tar) {
        List<TarHeader> headers = new ArrayList<>();
        for (int offset = 0; offset + 512 <= tar.length && tar[offset] != 0; ) {
            String name = field(tar, offset, 100);
            String prefix = field(tar, offset + 345, 155);
            long size = Long.parseLong(field(tar, offset + 124, 12).trim(), 8);
            String magic = new String(tar, offset + 257, 8, StandardCharsets.US_ASCII);
            headers.add(new TarHeader(prefix.isEmpty() ? name : prefix + "/" + name, (char) tar[offset + 156], magic));
            offset += 512 + (int) ((size + 511) / 512 * 512);
        }
        return headers;
    }

    private static String field(byte[] tar, int offset, int length) {
        int end = offset;
        while (end < offset + length && tar[end] != 0) {
            end++;
        }
        return new String(tar, offset, end - offset, UTF_8);
    }

    private record TarHeader(String name, char type, String magic) {
    }
}
