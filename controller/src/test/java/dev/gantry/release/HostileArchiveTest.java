package dev.gantry.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One hostile layer per rule: each is refused with its rule and entry named, the target is left
 * as it was, nothing is written beside it, and no staging folder is left behind.
 */
class HostileArchiveTest {

    private static final ArchiveLimits LIMITS = HostileArchive.SMALL_LIMITS;

    @TempDir
    Path workspace;

    private Path target;
    private List<Path> before;

    @BeforeEach
    void rememberTheWorkspace() throws IOException {
        Files.writeString(workspace.resolve("neighbour.txt"), "untouched");
        target = workspace.resolve("release").resolve("manifests");
        Files.createDirectories(target.getParent());
        before = listing(workspace);
    }

    @Test
    void refusesTarEntryWithAnAbsolutePath() {
        assertRefused(HostileArchive.ABSOLUTE_PATH);
    }

    @Test
    void refusesTarEntryThatEscapesTheTarget() {
        assertRefused(HostileArchive.ESCAPES_TARGET);
    }

    @Test
    void refusesTarEntryThatEscapesTheTargetFromInsideAFolder() {
        assertRefused(HostileArchive.ESCAPES_TARGET_FROM_A_FOLDER);
        assertThat(workspace.resolve("outside.yaml")).doesNotExist();
    }

    @Test
    void refusesSymbolicLink() {
        assertRefused(HostileArchive.SYMBOLIC_LINK);
    }

    @Test
    void refusesHardLink() {
        assertRefused(HostileArchive.HARD_LINK);
    }

    @Test
    void refusesCharacterDevice() {
        assertRefused(HostileArchive.CHARACTER_DEVICE);
    }

    @Test
    void refusesFifo() {
        assertRefused(HostileArchive.FIFO);
    }

    @Test
    void refusesMoreEntriesThanTheLimit() {
        assertRefused(HostileArchive.TOO_MANY_ENTRIES);
    }

    @Test
    void refusesFileOverTheSizeLimit() {
        assertRefused(HostileArchive.FILE_OVER_LIMIT);
    }

    @Test
    void refusesFilesTogetherOverTheTotalLimit() {
        assertRefused(HostileArchive.TOTAL_OVER_LIMIT);
    }

    @Test
    void refusesGzipBombBeforeDecompressingIt() {
        assertRefused(HostileArchive.GZIP_BOMB);
    }

    @Test
    void refusesFileThatIsNotYaml() {
        assertRefused(HostileArchive.NOT_YAML);
    }

    @Test
    void refusesDuplicateEntry() {
        assertRefused(HostileArchive.DUPLICATE_ENTRY);
    }

    @ParameterizedTest
    @EnumSource(HostileArchive.class)
    void leavesAnExistingEmptyTargetEmpty(HostileArchive archive) throws IOException {
        Files.createDirectory(target);
        List<Path> withTarget = listing(workspace);

        assertThatThrownBy(() -> extract(archive.build(LIMITS))).isInstanceOf(ArchiveRefusedException.class);

        assertThat(target).isEmptyDirectory();
        assertThat(listing(workspace)).isEqualTo(withTarget);
    }

    @ParameterizedTest
    @EnumSource(HostileArchive.class)
    void readingIntoMemoryRefusesTheSameLayersByTheSameRules(HostileArchive archive) {
        byte[] layer = archive.build(LIMITS);
        ContentDescriptor descriptor = new ContentDescriptor(MediaTypes.RELEASE_MANIFESTS, Digest.sha256(layer).toString(),
                layer.length);

        assertThatThrownBy(() -> new ManifestExtractor(LIMITS).read(new ByteArrayInputStream(layer), descriptor))
                .isInstanceOfSatisfying(ArchiveRefusedException.class, refusal -> {
                    assertThat(refusal.rule()).isEqualTo(archive.rule());
                    assertThat(refusal.getMessage()).startsWith("entry '" + archive.entry(LIMITS) + "' ");
                });
        assertUntouched();
    }

    @Test
    void readingIntoMemoryRefusesALayerWhoseDigestDiffers() {
        ManifestArchive archive = ManifestArchive.pack(Map.of("app.yaml", TarFixture.YAML));
        ContentDescriptor tampered = new ContentDescriptor(MediaTypes.RELEASE_MANIFESTS, Digest.sha256(new byte[0]).toString(),
                archive.size());

        assertThatThrownBy(() -> new ManifestExtractor(LIMITS).read(archive.openStream(), tampered))
                .isInstanceOfSatisfying(ArchiveRefusedException.class,
                        refusal -> assertThat(refusal.rule()).isEqualTo(ArchiveRule.DIGEST_MISMATCH));
    }

    @Test
    void refusesLayerWhoseDigestDiffers() {
        ManifestArchive archive = ManifestArchive.pack(Map.of("app.yaml", TarFixture.YAML));
        ContentDescriptor tampered = new ContentDescriptor(MediaTypes.RELEASE_MANIFESTS, Digest.sha256(new byte[0]).toString(), archive.size());

        assertThatThrownBy(() -> new ManifestExtractor(LIMITS).extract(archive.openStream(), tampered, target))
                .isInstanceOfSatisfying(ArchiveRefusedException.class, refusal -> {
                    assertThat(refusal.rule()).isEqualTo(ArchiveRule.DIGEST_MISMATCH);
                    assertThat(refusal.getMessage()).contains(archive.digest().value(), tampered.digest());
                });
        assertUntouched();
    }

    @Test
    void refusesLayerLongerThanItsDescriptorBeforeReadingItAll() {
        ManifestArchive archive = ManifestArchive.pack(Map.of("app.yaml", TarFixture.YAML));
        ContentDescriptor shorter = new ContentDescriptor(MediaTypes.RELEASE_MANIFESTS, archive.digest().toString(), 10);

        assertThatThrownBy(() -> new ManifestExtractor(LIMITS).extract(archive.openStream(), shorter, target))
                .isInstanceOfSatisfying(ArchiveRefusedException.class,
                        refusal -> assertThat(refusal.rule()).isEqualTo(ArchiveRule.SIZE_MISMATCH));
        assertUntouched();
    }

    @Test
    void refusesLayerShorterThanItsDescriptor() {
        ManifestArchive archive = ManifestArchive.pack(Map.of("app.yaml", TarFixture.YAML));
        ContentDescriptor longer = new ContentDescriptor(MediaTypes.RELEASE_MANIFESTS, archive.digest().toString(), archive.size() + 1);

        assertThatThrownBy(() -> new ManifestExtractor(LIMITS).extract(archive.openStream(), longer, target))
                .isInstanceOfSatisfying(ArchiveRefusedException.class,
                        refusal -> assertThat(refusal.rule()).isEqualTo(ArchiveRule.SIZE_MISMATCH));
        assertUntouched();
    }

    @Test
    void refusesEntryWithABackslash() {
        assertRefused(TarFixture.tar().file("deploy\\app.yaml").gzip(), ArchiveRule.UNSAFE_NAME, "deploy\\app.yaml");
    }

    @Test
    void refusesFileUnderAnEarlierFile() {
        byte[] layer = TarFixture.tar().file("app.yaml").file("app.yaml/service.yaml").gzip();

        assertRefused(layer, ArchiveRule.DUPLICATE_ENTRY, "app.yaml/service.yaml");
    }

    @Test
    void refusesLayerThatIsNotGzip() {
        byte[] layer = "apiVersion: v1\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> extract(layer)).isInstanceOfSatisfying(ArchiveRefusedException.class,
                refusal -> assertThat(refusal.rule()).isEqualTo(ArchiveRule.UNREADABLE));
        assertUntouched();
    }

    @Test
    void refusesLayerCutShortInsideAFile() {
        byte[] whole = TarFixture.tar().file("app.yaml").zeros("big.yaml", 1000).gzip();
        byte[] cut = Arrays.copyOf(whole, whole.length - 12);

        assertRefused(cut, ArchiveRule.UNREADABLE, "big.yaml");
    }

    private void assertRefused(HostileArchive archive) {
        assertRefused(archive.build(LIMITS), archive.rule(), archive.entry(LIMITS));
    }

    private void assertRefused(byte[] layer, ArchiveRule rule, String entry) {
        assertThatThrownBy(() -> extract(layer)).isInstanceOfSatisfying(ArchiveRefusedException.class, refusal -> {
            assertThat(refusal.rule()).isEqualTo(rule);
            assertThat(refusal.entry()).contains(entry);
            assertThat(refusal.getMessage()).startsWith("entry '" + entry + "' ");
        });
        assertUntouched();
    }

    private void extract(byte[] layer) {
        new ManifestExtractor(LIMITS).extract(new ByteArrayInputStream(layer), target);
    }

    private void assertUntouched() {
        assertThat(target).doesNotExist();
        try {
            assertThat(listing(workspace)).isEqualTo(before);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every path under the folder, so a stray staging folder or escaped file shows up. */
    static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.sorted().toList();
        }
    }
}
