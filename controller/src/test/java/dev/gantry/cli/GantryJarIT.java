package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.pointer.FixtureRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code gantry.jar} as a user would, in a separate JVM. */
class GantryJarIT {

    private static Path jar;

    @TempDir
    Path repo;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("gantry.jar", "target/gantry.jar"));
        assumeTrue(Files.isRegularFile(jar), "gantry.jar is not built at " + jar + "; run 'mvn package' first");
    }

    @Test
    void validatesTheGitOpsRepositoryTemplate() throws Exception {
        Path template = Path.of(System.getProperty("gantry.template", "../gitops-repo-template"));

        Result result = gantry("validate", "--repo", template.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("valid: 3 environments and ");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void reportsABadPointerWithoutAStackTrace() throws Exception {
        Path fixture = FixtureRepository.fixtures().resolve("pointers/pointer-billion-laughs.invalid.yaml");

        Result result = gantry("validate", "--repo", FixtureRepository.withFixture(repo, fixture).toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(result.out()).startsWith(FixtureRepository.DEV_POINTER + ":11:40: more than 16 aliases");
        assertThat(result.err()).isEqualTo("1 problem in 3 environments and 3 pointers\n");
    }

    @Test
    void printsItsVersion() throws Exception {
        Result result = gantry("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("gantry [0-9]+\\.[0-9]+\\.[0-9]+.*\\n");
    }

    @Test
    void runsTheDemoToTheEndFromAnyFolder() throws Exception {
        Path workspace = repo.resolve("demo");

        Result result = gantry("demo", "--workspace", workspace.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Roll production back to release 1").contains("Done in ");
        assertThat(workspace.resolve("applied/production/hello-production/deployment.apps_hello.yaml")).exists();
    }

    private Result gantry(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(repo.getParent(), "out", ".txt");
        Path err = Files.createTempFile(repo.getParent(), "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("gantry finished within three minutes").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String out, String err) {
    }
}
