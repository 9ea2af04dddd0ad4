package dev.gantry.pointer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RepositoryValidatorTest {

    private final RepositoryValidator validator = new RepositoryValidator();

    @TempDir
    Path repo;

    static Stream<Path> invalidFileFixtures() {
        return Stream.concat(FixtureRepository.files("pointers").stream(), FixtureRepository.files("environments").stream())
                .filter(path -> path.getFileName().toString().contains(".invalid."));
    }

    static Stream<Path> validFileFixtures() {
        return Stream.concat(FixtureRepository.files("pointers").stream(), FixtureRepository.files("environments").stream())
                .filter(path -> path.getFileName().toString().contains(".valid."));
    }

    @Test
    void acceptsTheBaseRepository() {
        ValidationReport report = validator.validate(FixtureRepository.base(repo));

        assertThat(report.problems()).isEmpty();
        assertThat(report.environments()).isEqualTo(3);
        assertThat(report.pointers()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFileFixtures")
    void acceptsValidFixture(Path fixture) {
        ValidationReport report = validator.validate(FixtureRepository.withFixture(repo, fixture));

        assertThat(report.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFileFixtures")
    void reportsTheProblemEachInvalidFixtureNames(Path fixture) {
        List<String> expectations = FixtureRepository.expectations(fixture);
        assertThat(expectations).as("fixture %s declares '# expect: LINE:COL: message'", fixture).isNotEmpty();

        ValidationReport report = validator.validate(FixtureRepository.withFixture(repo, fixture));

        List<String> rendered = report.problems().stream().map(Problem::render).toList();
        for (String expectation : expectations) {
            assertThat(rendered).anySatisfy(line ->
                    assertThat(FixtureRepository.meets(line, FixtureRepository.landingPath(fixture), expectation))
                            .as("%s meets %s", line, expectation).isTrue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.gantry.pointer.FixtureRepository#repositoryCases")
    void reportsExactlyTheProblemsOfEachRepositoryCase(Path repositoryCase) throws IOException {
        List<String> expected = Files.readAllLines(repositoryCase.resolve("expected.txt"));

        ValidationReport report = validator.validate(FixtureRepository.withOverlay(repo, repositoryCase));

        assertThat(report.problems()).map(Problem::render).containsExactlyElementsOf(expected);
    }

    @Test
    void reportsAMissingEnvironmentsFolder() {
        ValidationReport report = validator.validate(repo);

        assertThat(report.problems()).map(Problem::render)
                .containsExactly("environments:1:1: no environments/ folder: pointers live at "
                        + "environments/<env>/<repository>/<project>/release.yaml");
    }

    @Test
    void refusesToFollowASymbolicLinkUnderEnvironments() throws IOException {
        FixtureRepository.base(repo);
        Path outside = Files.createDirectories(repo.resolve("elsewhere"));
        Files.createSymbolicLink(repo.resolve("environments/dev/platform/linked"), outside);

        ValidationReport report = validator.validate(repo);

        assertThat(report.problems()).map(Problem::render).containsExactly(
                "environments/dev/platform/linked:1:1: is a symbolic link: links in the GitOps repository are not followed; "
                        + "use regular files and folders");
    }

    @Test
    void aLinkedEnvironmentFileIsOneProblemNotAlsoAMissingFile() throws IOException {
        FixtureRepository.base(repo);
        Path real = repo.resolve("elsewhere.yaml");
        Files.move(repo.resolve(FixtureRepository.DEV_ENVIRONMENT), real);
        Files.createSymbolicLink(repo.resolve(FixtureRepository.DEV_ENVIRONMENT), real);

        ValidationReport report = validator.validate(repo);

        assertThat(report.problems()).map(Problem::render).containsExactly(FixtureRepository.DEV_ENVIRONMENT
                + ":1:1: is a symbolic link: links in the GitOps repository are not followed; use regular files and folders");
    }

    @Test
    void aLinkedAllowedSignersFileIsNamedAsALink() throws IOException {
        FixtureRepository.base(repo);
        Files.writeString(repo.resolve("signers-elsewhere"), "");
        Files.createDirectories(repo.resolve(".gantry"));
        Files.createSymbolicLink(repo.resolve(".gantry/allowed_signers"), repo.resolve("signers-elsewhere"));
        Files.writeString(repo.resolve(FixtureRepository.DEV_ENVIRONMENT), Files.readString(repo.resolve(
                FixtureRepository.DEV_ENVIRONMENT)) + "  approval:\n    allowedSigners: .gantry/allowed_signers\n");

        ValidationReport report = validator.validate(repo);

        assertThat(report.problems()).map(Problem::render).singleElement().asString()
                .contains("spec.approval.allowedSigners names '.gantry/allowed_signers', which is a symbolic link");
    }

    @Test
    void sortsProblemsByPathThenLine() {
        ValidationReport report = validator.validate(FixtureRepository.withOverlay(repo,
                FixtureRepository.fixtures().resolve("repos/repo-promotion-cycle.invalid")));

        assertThat(report.problems()).isSorted();
        assertThat(report.problems()).extracting(Problem::path).containsExactly(
                "environments/dev/environment.yaml", "environments/production/environment.yaml",
                "environments/staging/environment.yaml");
    }
}
