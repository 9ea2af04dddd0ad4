package dev.gantry.cli;

import static dev.gantry.diff.CheckoutFilesFixture.configMaps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.diff.CheckoutFilesFixture;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template's CI script, {@code ci/diff-changed-pointers.sh}, run with real git and the packaged
 * {@code gantry.jar} on a copy of the template with one promotion and one approval-only change.
 */
class TemplateCiScriptIT {

    private static final String DEV_RELEASE = "90ea00a23e80c5e5aedce14f6fbe9700863afe95";
    private static final String STAGING_RELEASE = "7662d880901f6788863512c0ff90b91cd7ca8257";

    @TempDir
    Path temp;

    private Path repo;
    private Path jar;
    private String base;

    @BeforeEach
    void copyTheTemplateIntoAGitRepository() throws Exception {
        jar = Path.of(System.getProperty("gantry.jar", "target/gantry.jar")).toAbsolutePath();
        assumeTrue(Files.isRegularFile(jar), "gantry.jar is not built at " + jar + "; run 'mvn package' first");
        repo = temp.resolve("gitops");
        copy(Path.of(System.getProperty("gantry.template", "../gitops-repo-template")), repo);
        Registry layout = Registry.parse("oci-layout:" + temp.resolve("layout"));
        CheckoutFilesFixture.publish(layout, RegistryCredentials.NONE, STAGING_RELEASE, configMaps("web=v1.3.0"));
        CheckoutFilesFixture.publish(layout, RegistryCredentials.NONE, DEV_RELEASE, configMaps("web=build-57"));
        git("init", "--quiet", "--initial-branch=main");
        git("add", "--all");
        git("commit", "--quiet", "--message", "template");
        base = git("rev-parse", "HEAD").strip();
    }

    @Test
    void diffsAPromotedPointerAndSaysAnApprovalChangesNoRelease() throws Exception {
        replace("environments/staging/platform/hello/release.yaml", STAGING_RELEASE, DEV_RELEASE);
        replace("environments/production/platform/hello/release.yaml", "09:02:00Z", "09:30:00Z");
        git("commit", "--quiet", "--all", "--message", "promote: platform/hello dev -> staging (90ea00a)");

        Result run = run(List.of("bash", "ci/diff-changed-pointers.sh", base),
                Map.of("GANTRY", javaCommand(), "GANTRY_REGISTRY", "oci-layout:" + temp.resolve("layout")));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("## platform/hello in production\nrelease unchanged (" + STAGING_RELEASE + ")",
                "## platform/hello in staging\n--- 7662d88/v1/ConfigMap/hello-staging/web",
                "-  value: v1.3.0", "+  value: build-57",
                "platform/hello: 7662d88 (7662d88) -> 90ea00a (90ea00a): 0 added, 1 changed, 0 removed, 0 unchanged");
    }

    @Test
    void failsWhenAChangedPointersReleaseIsNotInTheRegistry() throws Exception {
        replace("environments/staging/platform/hello/release.yaml", STAGING_RELEASE, "f".repeat(40));
        git("commit", "--quiet", "--all", "--message", "point staging at a release never built");

        Result run = run(List.of("bash", "ci/diff-changed-pointers.sh", base),
                Map.of("GANTRY", javaCommand(), "GANTRY_REGISTRY", "oci-layout:" + temp.resolve("layout")));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("ffffffffffffffffffffffffffffffffffffffff does not exist");
    }

    private String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java") + " -jar " + jar;
    }

    private void replace(String path, String from, String to) throws IOException {
        Path file = repo.resolve(path);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=CI", "-c", "user.email=ci@example.com"));
        command.addAll(List.of(args));
        Result result = run(command, Map.of());
        assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.err()).isZero();
        return result.out();
    }

    private Result run(List<String> command, Map<String, String> environment) throws Exception {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command + " finished within two minutes").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private record Result(int exitCode, String out, String err) {
    }
}
