package dev.gantry.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The committed hostile layers under {@code hostile-archives/}, kept for command-line tests: each
 * is refused with the default limits, for its own rule and naming its entry.
 */
class HostileArchiveFilesTest {

    /** Where the copies live in the source tree; tests run from the module folder. */
    private static final Path COMMITTED = Paths.get("src/test/resources/hostile-archives");

    @TempDir
    Path workspace;

    @ParameterizedTest
    @EnumSource(HostileArchive.class)
    void committedCopyIsRefusedWithDefaultLimits(HostileArchive archive) throws IOException {
        Path target = workspace.resolve("manifests");

        try (InputStream layer = getClass().getResourceAsStream("/hostile-archives/" + archive.fileName())) {
            assertThat(layer).as(archive.fileName()).isNotNull();
            assertThatThrownBy(() -> new ManifestExtractor().extract(layer, target))
                    .isInstanceOfSatisfying(ArchiveRefusedException.class, refusal -> {
                        assertThat(refusal.rule()).isEqualTo(archive.rule());
                        assertThat(refusal.getMessage()).contains("'" + archive.entry(ArchiveLimits.DEFAULT) + "'");
                    });
        }
        assertThat(target).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(HostileArchive.class)
    void committedCopyIsSmall(HostileArchive archive) throws IOException {
        assertThat(Files.size(COMMITTED.resolve(archive.fileName()))).isLessThan(128 * 1024);
    }

    /** Run once with {@code -Dgantry.writeHostileArchives=true} to regenerate the committed copies. */
    @Test
    @EnabledIfSystemProperty(named = "gantry.writeHostileArchives", matches = "true")
    void writesTheCommittedCopies() throws IOException {
        Files.createDirectories(COMMITTED);
        for (HostileArchive archive : HostileArchive.values()) {
            Files.write(COMMITTED.resolve(archive.fileName()), archive.build(ArchiveLimits.DEFAULT));
        }
    }
}
