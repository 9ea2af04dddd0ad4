package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.release.ArtifactRef;
import dev.gantry.release.ReleaseConfig;
import dev.gantry.release.ReleasePublisher;
import dev.gantry.release.oci.OciLayoutArtifactStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code gantry release pull} and {@code inspect}, end to end on local OCI layouts. */
class ReleasePullCommandIT {

    @TempDir
    Path temp;

    private Path layout;
    private String reference;
    private String commit;

    @BeforeEach
    void buildARelease() throws Exception {
        Path source = temp.resolve("source");
        commit = ReleaseSourceFixture.create(source, Map.of()).name();
        layout = temp.resolve("layout");
        CliRun build = CliRun.of("release", "build", "--source", source.toString(), "--commit", commit, "--project", "hello",
                "--repository", "platform", "--registry", "oci-layout:" + layout);
        assertThat(build.exitCode()).as(build.err()).isZero();
        reference = build.out().strip();
    }

    static Stream<Path> hostileArchives() throws IOException {
        Path folder = Path.of("src/test/resources/hostile-archives");
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList().stream();
        }
    }

    @Test
    void writesTheManifestsWithImagesPinnedByDigest() throws Exception {
        Path into = temp.resolve("pulled");

        CliRun pull = CliRun.of("release", "pull", reference, "--into", into.toString());

        assertThat(pull.exitCode()).as(pull.err()).isZero();
        assertThat(pull.outLines()).containsExactly("deployment.yaml", "service.yaml");
        assertThat(Files.readString(into.resolve("deployment.yaml")))
                .containsPattern("image: gantry\\.local/platform/hello/web@sha256:[0-9a-f]{64}   # replaced")
                .doesNotContain("gantry://");
        assertThat(into.resolve("service.yaml")).hasContent(ReleaseSourceFixture.SERVICE.strip());
    }

    @Test
    void refusesAPinnedDigestThatDoesNotMatch() {
        String wrong = reference.replaceAll("@sha256:[0-9a-f]{64}$", "@sha256:" + "0".repeat(64));
        Path into = temp.resolve("pulled");

        CliRun pull = CliRun.of("release", "pull", wrong, "--into", into.toString());

        assertThat(pull.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(pull.err()).contains("not the pinned digest");
        assertThat(into).doesNotExist();
    }

    @Test
    void leavesANonEmptyFolderAsItWas() throws Exception {
        Path into = Files.createDirectories(temp.resolve("pulled"));
        Files.writeString(into.resolve("mine.yaml"), "keep: me\n");

        CliRun pull = CliRun.of("release", "pull", reference, "--into", into.toString());

        assertThat(pull.exitCode()).isEqualTo(ExitCode.INVALID);
        try (Stream<Path> files = Files.list(into)) {
            assertThat(files).containsExactly(into.resolve("mine.yaml"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileArchives")
    void refusesEachHostileArtifactAndWritesNothing(Path archive) throws Exception {
        String hostileCommit = "1".repeat(40);
        ArtifactRef tag = ArtifactRef.parse("oci-layout:" + layout + "//platform/hostile:" + hostileCommit);
        byte[] config = new ReleaseConfig("platform", "hostile", hostileCommit, null, List.of(), "gantry", "test",
                Instant.parse("2026-01-01T00:00:00Z")).toJson();
        new ReleasePublisher(new OciLayoutArtifactStore()).publish(tag, config, Files.readAllBytes(archive), Map.of());
        Path into = temp.resolve("pulled");

        CliRun pull = CliRun.of("release", "pull", tag.toString(), "--into", into.toString());

        assertThat(pull.exitCode()).as(pull.err()).isEqualTo(ExitCode.INVALID);
        assertThat(pull.err()).startsWith("gantry: ").doesNotContain("\tat ");
        assertThat(into).doesNotExist();
        try (Stream<Path> siblings = Files.list(temp)) {
            assertThat(siblings).allMatch(path -> !path.getFileName().toString().startsWith(".pulled"));
        }
    }

    @Test
    void inspectShowsProvenanceAndPinnedImagesAsJson() {
        CliRun inspect = CliRun.of("release", "inspect", reference, "--output", "json");

        assertThat(inspect.exitCode()).as(inspect.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(inspect.out());
        assertThat(json.get("commit").asString()).isEqualTo(commit);
        assertThat(json.get("project").asString()).isEqualTo("hello");
        assertThat(json.get("created").asString()).isEqualTo("2026-02-01T12:00:00Z");
        assertThat(json.get("layer").get("mediaType").asString())
                .isEqualTo("application/vnd.gantry.release.manifests.v1.tar+gzip");
        assertThat(json.get("annotations").get("org.opencontainers.image.revision").asString()).isEqualTo(commit);
        assertThat(json.get("images").get(0).get("reference").asString()).startsWith("gantry.local/platform/hello/web@sha256:");
    }

    @Test
    void inspectSaysWhenTheReleaseDoesNotExist() {
        CliRun inspect = CliRun.of("release", "inspect", "oci-layout:" + layout + "//platform/hello:" + "2".repeat(40));

        assertThat(inspect.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(inspect.err()).contains("does not exist");
    }
}
