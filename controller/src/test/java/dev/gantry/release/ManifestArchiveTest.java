package dev.gantry.release;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Packing is reproducible to the byte, pins every header field, and refuses unsafe paths. */
class ManifestArchiveTest {

    private static final Map<String, byte[]> MANIFESTS = Map.of(
            "kustomization.yaml", "resources:\n- deploy/app.yaml\n".getBytes(UTF_8),
            "deploy/app.yaml", "apiVersion: apps/v1\nkind: Deployment\n".getBytes(UTF_8),
            "deploy/service.yml", "apiVersion: v1\nkind: Service\n".getBytes(UTF_8));

    /** Pinned: a change here means every release artifact's digest changes. Update only on purpose. */
    private static final String GOLDEN_LAYER_DIGEST =
            "sha256:c1b11527d2b093622c906b32e7435f1329ed1ac9dff140ec1fe34328c9715d0f";
    private static final String GOLDEN_TAR_DIGEST =
            "sha256:0e1ec86d0ab03660e6b61e890dfc871221a2339115fa268bae4c03be5a2b1026";

    @Test
    void packsTheSameManifestsToTheSameBytesEveryTime() {
        assertThat(ManifestArchive.pack(MANIFESTS).bytes()).isEqualTo(ManifestArchive.pack(MANIFESTS).bytes());
    }

    @Test
    void packsTheSameBytesWhateverTheMapOrder() {
        List<String> paths = new ArrayList<>(MANIFESTS.keySet());
        Collections.sort(paths, Collections.reverseOrder());
        Map<String, byte[]> reversed = new LinkedHashMap<>();
        paths.forEach(path -> reversed.put(path, MANIFESTS.get(path)));
        TreeMap<String, byte[]> reverseSorted = new TreeMap<>(Collections.reverseOrder());
        reverseSorted.putAll(MANIFESTS);

        byte[] expected = ManifestArchive.pack(new HashMap<>(MANIFESTS)).bytes();

        assertThat(ManifestArchive.pack(reversed).bytes()).isEqualTo(expected);
        assertThat(ManifestArchive.pack(reverseSorted).bytes()).isEqualTo(expected);
    }

    @Test
    void keepsTheGoldenDigestSoFormatChangesAreDeliberate() throws IOException {
        ManifestArchive archive = ManifestArchive.pack(MANIFESTS);

        assertThat(Digest.sha256(tarOf(archive)).value()).as("tar digest").isEqualTo(GOLDEN_TAR_DIGEST);
        assertThat(archive.digest().value()).as("layer digest (tar matches, so gzip output changed: zlib?)")
                .isEqualTo(GOLDEN_LAYER_DIGEST);
    }

    @Test
    void describesItsBytesBySizeAndDigest() {
        ManifestArchive archive = ManifestArchive.pack(MANIFESTS);

        assertThat(archive.size()).isEqualTo(archive.bytes().length);
        assertThat(archive.digest()).isEqualTo(Digest.sha256(archive.bytes()));
        assertThat(archive.descriptor()).isEqualTo(new ContentDescriptor(MediaTypes.RELEASE_MANIFESTS, archive.digest().toString(), archive.size()));
        assertThat(ManifestArchive.MEDIA_TYPE).isEqualTo("application/vnd.gantry.release.manifests.v1.tar+gzip");
    }

    @Test
    void writesAGzipHeaderWithNoTimeNoNameAndUnknownSystem() {
        byte[] header = Arrays.copyOf(ManifestArchive.pack(MANIFESTS).bytes(), 10);

        // magic, deflate, no flags, mtime 0, XFL 2 (best compression), OS 255 (unknown)
        assertThat(header).containsExactly(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff);
    }

    @Test
    void writesSortedEntriesWithFoldersAndNormalisedOwnersModesAndTimes() throws IOException {
        List<TarArchiveEntry> entries = entriesOf(ManifestArchive.pack(MANIFESTS));

        assertThat(entries).extracting(TarArchiveEntry::getName)
                .containsExactly("deploy/", "deploy/app.yaml", "deploy/service.yml", "kustomization.yaml");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.getLongUserId()).isZero();
            assertThat(entry.getLongGroupId()).isZero();
            assertThat(entry.getUserName()).isEmpty();
            assertThat(entry.getGroupName()).isEmpty();
            assertThat(entry.getLastModifiedTime().toInstant()).isEqualTo(Instant.EPOCH);
            assertThat(entry.getMode()).isEqualTo(entry.isDirectory() ? 0755 : 0644);
        });
    }

    @Test
    void setsEveryEntryTimeToTheGivenInstantInWholeSeconds() throws IOException {
        Instant commitTime = Instant.parse("2026-03-01T12:34:56.789Z");

        List<TarArchiveEntry> entries = entriesOf(ManifestArchive.pack(MANIFESTS, commitTime));

        assertThat(entries).allSatisfy(entry -> assertThat(entry.getLastModifiedTime().toInstant())
                .isEqualTo(Instant.parse("2026-03-01T12:34:56Z")));
    }

    @Test
    void writesLongAndNonAsciiNamesAsPaxPathsWithoutTimeRecords() throws IOException {
        String longPath = "deploy/" + "very-long-folder-name/".repeat(6) + "deployment.yaml";
        Map<String, byte[]> manifests = Map.of(longPath, "kind: Deployment\n".getBytes(UTF_8),
                "déploiement/app.yaml", "kind: Service\n".getBytes(UTF_8));
        ManifestArchive archive = ManifestArchive.pack(manifests);
        String tar = new String(tarOf(archive), UTF_8);

        assertThat(entriesOf(archive)).extracting(TarArchiveEntry::getName).contains(longPath, "déploiement/app.yaml");
        assertThat(tar).contains("path=" + longPath).doesNotContain("mtime=", "atime=", "ctime=");
        assertThat(ManifestArchive.pack(manifests).bytes()).isEqualTo(archive.bytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/app.yaml", "C:/app.yaml", "../app.yaml", "deploy/../../app.yaml", "deploy//app.yaml",
        "./app.yaml", "deploy\\app.yaml", "app.json", "deploy/", "", "app\n.yaml"})
    void refusesAPathThatIsNotASafeRelativeYamlPath(String path) {
        assertThatThrownBy(() -> ManifestArchive.pack(Map.of(path, new byte[0])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("manifest path '" + path + "'");
    }

    @Test
    void refusesAPathThatIsBothAFileAndAFolder() {
        Map<String, byte[]> manifests = Map.of("app.yaml", new byte[0], "app.yaml/service.yaml", new byte[0]);

        assertThatThrownBy(() -> ManifestArchive.pack(manifests))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'app.yaml' is both a file and a folder");
    }

    @Test
    void refusesAnEntryTimeBeforeTheEpoch() {
        assertThatThrownBy(() -> ManifestArchive.pack(MANIFESTS, Instant.parse("1969-12-31T23:59:59Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] tarOf(ManifestArchive archive) throws IOException {
        try (GzipCompressorInputStream gzip = new GzipCompressorInputStream(archive.openStream())) {
            return gzip.readAllBytes();
        }
    }

    private static List<TarArchiveEntry> entriesOf(ManifestArchive archive) throws IOException {
        List<TarArchiveEntry> entries = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(tarOf(archive)), "UTF-8")) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                entries.add(entry);
            }
        }
        return entries;
    }
}
