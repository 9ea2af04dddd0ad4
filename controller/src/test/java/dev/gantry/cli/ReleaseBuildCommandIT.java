package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.source.jgit.SourceRepositoryFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code gantry release build} into local OCI layouts, end to end with real git and real Jib. */
class ReleaseBuildCommandIT {

    @TempDir
    Path temp;

    private Path source;
    private String commit;

    @BeforeEach
    void createSource() throws Exception {
        source = temp.resolve("source");
        RevCommit created = ReleaseSourceFixture.create(source, Map.of());
        commit = created.name();
    }

    private CliRun build(Path from, Path layout, String... extra) {
        String[] base = {"release", "build", "--source", from.toString(), "--commit", commit, "--project", "hello",
            "--repository", "platform", "--registry", "oci-layout:" + layout, "--output", "json"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    private static JsonNode json(CliRun run) {
        return JsonMapper.builder().build().readTree(run.out());
    }

    @Test
    void buildsTheSameDigestsFromTwoClonesIntoTwoLayouts() throws Exception {
        Path upstream = temp.resolve("upstream.git");
        SourceRepositoryFixture.cloneOf(source.toUri().toString(), temp.resolve("tmp-clone"));
        org.eclipse.jgit.api.Git.cloneRepository().setURI(source.toUri().toString()).setBare(true)
                .setDirectory(upstream.toFile()).call().close();
        Path cloneA = SourceRepositoryFixture.cloneOf(upstream.toUri().toString(), temp.resolve("clone-a"));
        Path cloneB = SourceRepositoryFixture.cloneOf(upstream.toUri().toString(), temp.resolve("clone-b"));

        CliRun first = build(cloneA, temp.resolve("layout-a"));
        CliRun second = build(cloneB, temp.resolve("layout-b"));

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(json(first).get("digest").asString()).isEqualTo(json(second).get("digest").asString());
        assertThat(json(first).get("images").get(0).get("digest").asString())
                .isEqualTo(json(second).get("images").get(0).get("digest").asString());
        assertThat(json(first).get("outcome").asString()).isEqualTo("created");
    }

    @Test
    void printsThePinnedReferenceAndSaysWhenNothingChanged() {
        Path layout = temp.resolve("layout");
        CliRun first = CliRun.of("release", "build", "--source", source.toString(), "--commit", commit, "--project", "hello",
                "--repository", "platform", "--registry", "oci-layout:" + layout);
        CliRun again = CliRun.of("release", "build", "--source", source.toString(), "--commit", commit, "--project", "hello",
                "--repository", "platform", "--registry", "oci-layout:" + layout);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().strip()).matches("oci-layout:" + layout + "//platform/hello:" + commit + "@sha256:[0-9a-f]{64}");
        assertThat(first.err()).contains("building image web (1/1)").contains("release built");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo(first.out());
        assertThat(again.err()).contains("already exists with the same digest; unchanged");
    }

    @Test
    void recordsTheSourceUrlWithoutItsCredentials() throws Exception {
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(source.toFile())) {
            git.getRepository().getConfig().setString("remote", "origin", "url",
                    "https://deploy:p@ss@git.example.com/org/hello.git?private_token=glpat-s3cret");
            git.getRepository().getConfig().save();
        }
        Path layout = temp.resolve("layout");

        CliRun run = build(source, layout);
        CliRun inspect = CliRun.of("release", "inspect", "oci-layout:" + layout + "//platform/hello:" + commit, "--output", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(inspect.exitCode()).as(inspect.err()).isZero();
        assertThat(json(inspect).get("source").asString()).isEqualTo("https://git.example.com/org/hello.git?private_token=****");
        List<String> recorded = new ArrayList<>(List.of(run.out(), run.err(), inspect.out(), inspect.err()));
        try (Stream<Path> files = Files.walk(layout)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                recorded.add(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(recorded).anyMatch(text -> text.contains("git.example.com/org/hello.git"))
                .noneMatch(text -> text.contains("glpat-s3cret") || text.contains("p@ss") || text.contains("ss@git"));
    }

    @Test
    void refusesADifferentDigestUnderAnExistingTag() {
        Path layout = temp.resolve("layout");
        assertThat(build(source, layout).exitCode()).isZero();

        CliRun conflicting = build(source, layout, "--image-registry", "mirror.example.com");

        assertThat(conflicting.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(conflicting.err()).contains("already exists with digest").contains("immutable");
    }

    @Test
    void writesTheReleaseAndItsImageAsStandardOciLayouts() throws Exception {
        Path layout = temp.resolve("layout");
        JsonNode result = json(build(source, layout));

        String imageDigest = result.get("images").get(0).get("digest").asString();
        assertThat(result.get("images").get(0).get("reference").asString())
                .isEqualTo("gantry.local/platform/hello/web@" + imageDigest);
        assertThat(Files.readString(layout.resolve("platform/hello/web/index.json"))).contains(imageDigest).contains(commit);
        assertThat(Files.readString(layout.resolve("platform/hello/index.json"))).contains(result.get("digest").asString());
        assertThat(result.get("manifestFiles").asInt()).isEqualTo(2);
    }

    @Test
    void failsWithExitOneWhenTheDescriptorIsMissing() {
        CliRun run = CliRun.of("release", "build", "--source", source.toString(), "--commit", commit, "--project", "nothing",
                "--repository", "platform", "--registry", "oci-layout:" + temp.resolve("layout"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("no gantry.yaml at nothing/gantry.yaml in commit " + commit);
        assertThat(temp.resolve("layout")).doesNotExist();
    }

    @Test
    void failsWithExitOneWhenAManifestNamesAnUnknownImage() throws Exception {
        Path other = temp.resolve("other");
        commit = ReleaseSourceFixture.create(other, Map.of("hello/deploy/job.yaml",
                "apiVersion: batch/v1\nkind: Job\nmetadata: {name: x}\nspec:\n  template:\n    spec:\n"
                        + "      containers: [{name: x, image: gantry://api}]\n")).name();

        CliRun run = build(other, temp.resolve("layout"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("hello/deploy/job.yaml: gantry://api names no image of this project; images: web");
    }

    @Test
    void refusesASymbolicLinkInTheSourcesAsAnInputErrorNamingIt() throws Exception {
        Path other = temp.resolve("other");
        ReleaseSourceFixture.create(other, Map.of());
        Files.createSymbolicLink(other.resolve("hello/deploy/z.yaml"), Path.of("/etc/hostname"));
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(other.toFile())) {
            git.add().addFilepattern(".").call();
            commit = git.commit().setMessage("a linked manifest").setAuthor("Dev", "dev@example.com")
                    .setCommitter("Dev", "dev@example.com").call().name();
        }

        CliRun run = build(other, temp.resolve("layout"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("\ngantry: 'hello/deploy/z.yaml' is a symbolic link: release sources may hold"
                + " regular files only").doesNotContain("internal error");
    }

    @Test
    void failsWithExitOneWhenTwoImagesShareAName() throws Exception {
        Path other = temp.resolve("other");
        commit = ReleaseSourceFixture.create(other, Map.of("hello/gantry.yaml", ReleaseSourceFixture.DESCRIPTOR.replace(
                "  manifests: deploy/", "    - { name: web, from: scratch }\n  manifests: deploy/"))).name();

        CliRun run = build(other, temp.resolve("layout"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("hello/gantry.yaml: image name 'web' is used twice");
    }

    @Test
    void buildsOnABaseImageFromAnOciLayout() throws Exception {
        Path layout = temp.resolve("layout");
        assertThat(build(source, layout).exitCode()).isZero();
        Path base = layout.resolve("platform/hello/web");
        Path other = temp.resolve("other");
        commit = ReleaseSourceFixture.create(other, Map.of("hello/gantry.yaml", ReleaseSourceFixture.DESCRIPTOR
                .replace("from: scratch", "from: oci-layout:" + base + ":" + commit),
                "hello/app/extra.txt", "more\n")).name();

        CliRun run = build(other, temp.resolve("layout-2"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode baseManifest = imageManifest(base);
        JsonNode builtManifest = imageManifest(temp.resolve("layout-2/platform/hello/web"));
        assertThat(builtManifest.get("layers").size()).isEqualTo(baseManifest.get("layers").size() + 1);
        assertThat(builtManifest.get("layers").get(0).get("digest")).isEqualTo(baseManifest.get("layers").get(0).get("digest"));
    }

    @Test
    void failsWithExitOneForABaseLayoutWithoutThatTag() throws Exception {
        Path other = temp.resolve("other");
        commit = ReleaseSourceFixture.create(other, Map.of("hello/gantry.yaml", ReleaseSourceFixture.DESCRIPTOR
                .replace("from: scratch", "from: oci-layout:" + temp.resolve("nowhere")))).name();

        CliRun run = build(other, temp.resolve("layout"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("is not an OCI layout");
    }

    private static JsonNode imageManifest(Path imageLayout) throws Exception {
        JsonNode index = JsonMapper.builder().build().readTree(Files.readAllBytes(imageLayout.resolve("index.json")));
        String digest = index.get("manifests").get(0).get("digest").asString().substring("sha256:".length());
        return JsonMapper.builder().build().readTree(Files.readAllBytes(imageLayout.resolve("blobs/sha256/" + digest)));
    }

    @Test
    void failsWithExitOneForACommitTheSourceLacks() {
        commit = "0123456789abcdef0123456789abcdef01234567";

        CliRun run = build(source, temp.resolve("layout"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("commit 0123456789abcdef0123456789abcdef01234567 is not in");
    }

    @Test
    void rejectsAShortCommitAsAUsageError() {
        commit = "3f2c9d1";

        assertThat(build(source, temp.resolve("layout")).exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
