package dev.gantry.release;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction of well-formed layers: round trips, verified layers, and how the target folder is treated. */
class ManifestExtractorTest {

    private static final Map<String, byte[]> MANIFESTS = Map.of(
            "kustomization.yaml", "resources:\n- deploy/app.yaml\n".getBytes(UTF_8),
            "deploy/app.yaml", "apiVersion: apps/v1\nkind: Deployment\n".getBytes(UTF_8),
            "deploy/" + "nested/".repeat(20) + "service.yml", "apiVersion: v1\nkind: Service\n".getBytes(UTF_8),
            "déploiement/config.yaml", "kind: ConfigMap\n".getBytes(UTF_8));

    @TempDir
    Path workspace;

    @Test
    void extractsWhatWasPackedByteForByte() throws IOException {
        ManifestArchive archive = ManifestArchive.pack(MANIFESTS);
        Path target = workspace.resolve("manifests");

        List<String> files = new ManifestExtractor().extract(archive.openStream(), target);

        assertThat(files).containsExactlyElementsOf(new TreeMap<>(MANIFESTS).keySet());
        assertThat(filesUnder(target)).containsOnlyKeys(MANIFESTS.keySet());
        MANIFESTS.forEach((path, content) -> assertThat(target.resolve(path)).hasBinaryContent(content));
    }

    @Test
    void readsWhatWasPackedByteForByteWithoutWritingAFile() throws IOException {
        ManifestArchive archive = ManifestArchive.pack(MANIFESTS);

        Map<String, byte[]> files = new ManifestExtractor().read(archive.openStream(), archive.descriptor());

        assertThat(files.keySet()).containsExactlyElementsOf(new TreeMap<>(MANIFESTS).keySet());
        MANIFESTS.forEach((path, content) -> assertThat(files.get(path)).as(path).isEqualTo(content));
        assertThat(filesUnder(workspace)).isEmpty();
    }

    @Test
    void extractsAVerifiedLayer() {
        ManifestArchive archive = ManifestArchive.pack(MANIFESTS);
        Path target = workspace.resolve("manifests");

        new ManifestExtractor().extract(archive.openStream(), archive.descriptor(), target);

        assertThat(target.resolve("deploy/app.yaml")).hasBinaryContent(MANIFESTS.get("deploy/app.yaml"));
    }

    @Test
    void replacesAnEmptyTargetFolder() throws IOException {
        Path target = Files.createDirectory(workspace.resolve("manifests"));

        new ManifestExtractor().extract(ManifestArchive.pack(MANIFESTS).openStream(), target);

        assertThat(target.resolve("kustomization.yaml")).exists();
        assertThat(HostileArchiveTest.listing(workspace)).allMatch(path -> path.startsWith(target) || path.equals(workspace));
    }

    @Test
    void refusesANonEmptyTargetBeforeReadingTheLayer() throws IOException {
        Path target = Files.createDirectory(workspace.resolve("manifests"));
        Files.writeString(target.resolve("mine.yaml"), "kind: Mine\n");
        List<Path> before = HostileArchiveTest.listing(workspace);

        assertThatThrownBy(() -> new ManifestExtractor().extract(InputStream.nullInputStream(), target))
                .isInstanceOf(TargetFolderRefusedException.class)
                .hasMessage("target folder '" + target + "' is not empty; extract into a new or empty folder");
        assertThat(HostileArchiveTest.listing(workspace)).isEqualTo(before);
    }

    @Test
    void refusesATargetThatIsAFile() throws IOException {
        Path target = Files.writeString(workspace.resolve("manifests"), "not a folder");

        assertThatThrownBy(() -> new ManifestExtractor().extract(InputStream.nullInputStream(), target))
                .isInstanceOf(TargetFolderRefusedException.class)
                .hasMessageContaining("is a file");
    }

    @Test
    void refusesATargetWhoseParentIsMissing() {
        Path target = workspace.resolve("missing/manifests");

        assertThatThrownBy(() -> new ManifestExtractor().extract(InputStream.nullInputStream(), target))
                .isInstanceOf(TargetFolderRefusedException.class)
                .hasMessageContaining("has no parent folder");
        assertThat(workspace.resolve("missing")).doesNotExist();
    }

    @Test
    void acceptsDotPrefixedPathsAndFoldersThatOtherToolsWrite() {
        byte[] layer = TarFixture.tar().folder("./").folder("./deploy/").file("./deploy/app.yaml").gzip();
        Path target = workspace.resolve("manifests");

        List<String> files = new ManifestExtractor().extract(new ByteArrayInputStream(layer), target);

        assertThat(files).containsExactly("deploy/app.yaml");
        assertThat(target.resolve("deploy/app.yaml")).hasBinaryContent(TarFixture.YAML);
    }

    @Test
    void reportsAFailingLayerSourceAsAnIoFailureNotARefusal() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        Path target = workspace.resolve("manifests");

        assertThatThrownBy(() -> new ManifestExtractor().extract(failing, target))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read the layer");
        assertThat(target).doesNotExist();
    }

    private static Map<String, byte[]> filesUnder(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (Path path : HostileArchiveTest.listing(root)) {
            if (Files.isRegularFile(path)) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
