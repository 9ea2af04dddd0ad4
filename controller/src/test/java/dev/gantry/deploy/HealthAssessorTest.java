package dev.gantry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every live object under {@code health/} is judged as its file name and {@code # expect:} line say. */
class HealthAssessorTest {

    private final HealthAssessor assessor = new HealthAssessor();

    static Stream<HealthFixture> fixtures() throws IOException, URISyntaxException {
        Path folder = Path.of(HealthAssessorTest.class.getResource("/health").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> yaml = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
            return yaml.stream().map(HealthFixture::read);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void judgesEachFixtureAsItsNameSays(HealthFixture fixture) {
        Health health = assessor.assess(fixture.key(), fixture.live());

        assertThat(health.status()).as(fixture.name() + ": " + health.message()).isEqualTo(fixture.status());
        assertThat(health.message()).as(fixture.name()).contains(fixture.message());
    }

    @Test
    void objectThatDoesNotExistYetIsProgressing() {
        Health health = assessor.assess(new ObjectKey("apps/v1", "Deployment", "shop", "web"), null);

        assertThat(health).isEqualTo(new Health(HealthStatus.PROGRESSING, "not found yet"));
    }

    @Test
    void kindIsChosenWithItsGroupSoALookalikeCustomKindGetsTheGenericCheck() {
        Map<String, Object> live = Map.of("status", Map.of("conditions", List.of(
                Map.of("type", "Ready", "status", "True"))));

        Health health = assessor.assess(new ObjectKey("example.com/v1", "Deployment", "shop", "web"), live);

        assertThat(health).isEqualTo(new Health(HealthStatus.HEALTHY, "ready"));
    }

    @Test
    void emptyObjectOfAKindWithoutStatusIsHealthyOnceItExists() {
        Health health = assessor.assess(new ObjectKey("v1", "Secret", "shop", "db-password"), Map.of());

        assertThat(health).isEqualTo(new Health(HealthStatus.HEALTHY, "exists"));
    }
}
