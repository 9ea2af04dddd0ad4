package dev.gantry.pointer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProjectDescriptorTest {

    private static final String PATH = "hello/gantry.yaml";

    private final DocumentReader reader = new DocumentReader();

    static Stream<Path> invalidProjects() {
        return FixtureRepository.files("projects").stream().filter(p -> p.getFileName().toString().contains(".invalid."));
    }

    @Test
    void mapsEveryFieldOfAFullDescriptor() throws IOException {
        byte[] content = Files.readAllBytes(FixtureRepository.fixtures().resolve("projects/project-full.valid.yaml"));

        Project project = reader.readProject(PATH, content).value();

        assertThat(project.name()).isEqualTo("hello");
        assertThat(project.manifests()).isEqualTo("deploy/");
        assertThat(project.images()).containsExactly(new Project.Image("web", "scratch",
                List.of(new Project.Layer("app/", "/app/")), List.of("/app/hello"), List.of(),
                Map.of("GREETING", "hi"), List.of(8080), "65532", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidProjects")
    void reportsTheProblemEachInvalidDescriptorNames(Path fixture) throws IOException {
        byte[] content = Files.readAllBytes(fixture);

        assertThatThrownBy(() -> reader.readProject(PATH, content))
                .isInstanceOfSatisfying(DocumentInvalidException.class, e -> {
                    List<String> rendered = e.problems().stream().map(Problem::render).toList();
                    for (String expectation : FixtureRepository.expectations(fixture)) {
                        assertThat(rendered).anyMatch(line -> FixtureRepository.meets(line, PATH, expectation));
                    }
                });
    }
}
