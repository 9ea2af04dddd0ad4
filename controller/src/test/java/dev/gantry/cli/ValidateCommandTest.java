package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.pointer.FixtureRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

    @TempDir
    Path repo;

    static Stream<Path> invalidFixtures() {
        return Stream.concat(FixtureRepository.files("pointers").stream(), FixtureRepository.files("environments").stream())
                .filter(path -> path.getFileName().toString().contains(".invalid."));
    }

    @Test
    void exitsZeroAndSaysWhatItCheckedForAValidRepository() {
        CliRun run = CliRun.of("validate", "--repo", FixtureRepository.base(repo).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("valid: 3 environments and 3 pointers" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateRefusesASymlinkedPointer() throws IOException {
        Path root = FixtureRepository.base(repo);
        Path pointer = root.resolve(FixtureRepository.DEV_POINTER);
        Path elsewhere = Files.move(pointer, repo.resolve("elsewhere.yaml"));
        Files.createSymbolicLink(pointer, elsewhere);

        CliRun run = CliRun.of("validate", "--repo", root.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.out()).contains(FixtureRepository.DEV_POINTER + ":1:1: is a symbolic link: links in the GitOps "
                + "repository are not followed; use regular files and folders");
        assertThat(run.err()).contains("1 problem in 3 environments and 2 pointers");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFixtures")
    void exitsOneWithAPathLineColumnLineForEachInvalidFixture(Path fixture) {
        CliRun run = CliRun.of("validate", "--repo", FixtureRepository.withFixture(repo, fixture).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        for (String expectation : FixtureRepository.expectations(fixture)) {
            assertThat(run.outLines()).anyMatch(line ->
                    FixtureRepository.meets(line, FixtureRepository.landingPath(fixture), expectation));
        }
        assertThat(run.outLines()).allMatch(line -> line.matches("[^:]+:[0-9]+:[0-9]+: .+"));
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.gantry.pointer.FixtureRepository#repositoryCases")
    void printsExactlyTheExpectedLinesForEachRepositoryCase(Path repositoryCase) throws IOException {
        List<String> expected = Files.readAllLines(repositoryCase.resolve("expected.txt"));

        CliRun run = CliRun.of("validate", "--repo", FixtureRepository.withOverlay(repo, repositoryCase).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.outLines()).containsExactlyElementsOf(expected);
        assertThat(run.err()).endsWith("in " + (repositoryCase.toString().contains("missing-environment")
                ? "4 environments and 4 pointers" : "3 environments and 3 pointers") + System.lineSeparator());
    }

    @Test
    void writesProblemsAsJsonOnRequest() {
        Path fixture = FixtureRepository.fixtures().resolve("pointers/pointer-short-sha.invalid.yaml");

        CliRun run = CliRun.of("validate", "--repo", FixtureRepository.withFixture(repo, fixture).toString(), "--output", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("pointers").asInt()).isEqualTo(3);
        JsonNode problem = json.get("problems").get(0);
        assertThat(problem.get("path").asString()).isEqualTo(FixtureRepository.DEV_POINTER);
        assertThat(problem.get("line").asInt()).isEqualTo(8);
        assertThat(problem.get("column").asInt()).isEqualTo(12);
        assertThat(problem.get("message").asString()).contains("40-character");
    }

    @Test
    void exitsTwoForAFolderThatDoesNotExist() {
        CliRun run = CliRun.of("validate", "--repo", repo.resolve("missing").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("gantry: --repo " + repo.resolve("missing") + " is not a folder");
    }

    @Test
    void exitsTwoForAnUnknownOutputFormat() {
        CliRun run = CliRun.of("validate", "--output", "yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--output").contains("TEXT, JSON");
    }

    @Test
    void exitsTwoAndSuggestsTheNearestCommandForATypo() {
        CliRun run = CliRun.of("valdate");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Did you mean: gantry validate");
    }

    @Test
    void exitsTwoWithoutACommand() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("gantry: missing command");
    }

    @Test
    void helpTeachesTheOutputFormatAndExitCodes() {
        CliRun run = CliRun.of("validate", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("PATH:LINE:COL: message", "--repo=DIR", "--output=FORMAT", "Exit codes: 0 valid");
    }
}
