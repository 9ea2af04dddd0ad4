package dev.gantry.pointer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private static final String PATH = "environments/dev/platform/hello/release.yaml";

    private final DocumentReader reader = new DocumentReader();

    @Test
    void mapsEveryFieldOfAFullPointer() throws IOException {
        byte[] content = Files.readAllBytes(FixtureRepository.fixtures().resolve("pointers/pointer-full.valid.yaml"));

        ReleasePointer pointer = reader.readPointer(PATH, content).value();

        assertThat(pointer.name()).isEqualTo("hello");
        assertThat(pointer.environment()).isEqualTo("dev");
        assertThat(pointer.release()).isEqualTo("3f2c9d1e5b7a4c6d8e0f1a2b3c4d5e6f7a8b9c0d");
        assertThat(pointer.shortRelease()).isEqualTo("3f2c9d1");
        assertThat(pointer.digest()).startsWith("sha256:0000");
        assertThat(pointer.aliases()).isEqualTo(new ReleasePointer.Aliases(42L, "v1.2.3", "main-42"));
        assertThat(pointer.deployedBy()).isEqualTo("carol@example.com");
        assertThat(pointer.deployedAt()).isEqualTo(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(pointer.approvedBy()).isEqualTo("bob@example.com");
        assertThat(pointer.approvedAt()).isEqualTo(OffsetDateTime.of(2026, 1, 1, 0, 10, 0, 0, ZoneOffset.ofHours(1)));
    }

    @Test
    void remembersWhereEachFieldIs() throws IOException {
        byte[] content = Files.readAllBytes(FixtureRepository.fixtures().resolve("pointers/pointer-full.valid.yaml"));

        ParsedDocument<ReleasePointer> parsed = reader.readPointer(PATH, content);

        assertThat(parsed.positionOf("/spec/release")).isEqualTo(new SourcePosition(8, 12));
        assertThat(parsed.positionOf("/spec/aliases/tag")).isEqualTo(new SourcePosition(10, 32));
        assertThat(parsed.positionOf("/spec/nothing/here")).isEqualTo(parsed.positionOf("/spec"));
    }

    @Test
    void appliesEnvironmentDefaults() {
        String yaml = "apiVersion: gantry.dev/v1\nkind: Environment\nmetadata:\n  name: dev\nspec: {}\n";

        Environment environment = reader.readEnvironment("environments/dev/environment.yaml",
                yaml.getBytes(StandardCharsets.UTF_8)).value();

        assertThat(environment.namespace()).isEqualTo("{environment}");
        assertThat(environment.namespaceFor("platform", "hello")).isEqualTo("dev");
        assertThat(environment.cluster().inCluster()).isTrue();
        assertThat(environment.sync()).isEqualTo(Environment.Sync.DEFAULT);
        assertThat(environment.approval()).isEqualTo(Environment.Approval.NONE);
        assertThat(environment.allowedClusterResources()).isEmpty();
        assertThat(environment.promotesFrom()).isNull();
    }

    @Test
    void mapsEveryFieldOfAFullEnvironment() throws IOException {
        byte[] content = Files.readAllBytes(FixtureRepository.fixtures().resolve("environments/environment-full.valid.yaml"));

        Environment environment = reader.readEnvironment("environments/dev/environment.yaml", content).value();

        assertThat(environment.namespaceFor("platform", "hello")).isEqualTo("platform-hello-dev");
        assertThat(environment.cluster().kubeconfigSecret()).isEqualTo(new Environment.SecretKey("dev-cluster", "kubeconfig"));
        assertThat(environment.registry()).isEqualTo("registry.example.com:5000/releases");
        assertThat(environment.sync()).isEqualTo(new Environment.Sync(true, false, true,
                Duration.ofMinutes(90), Duration.ofSeconds(90)));
        assertThat(environment.approval().approvers()).containsExactly("alice@example.com");
        assertThat(environment.allowedClusterResources()).containsExactly(
                new Environment.ClusterResource("rbac.authorization.k8s.io", "ClusterRole"),
                new Environment.ClusterResource("", "Namespace"));
    }

    @Test
    void reportsOnlyTheKindWhenAnEnvironmentIsReadAsAPointer() {
        String yaml = "apiVersion: gantry.dev/v1\nkind: Environment\nmetadata:\n  name: dev\nspec: {promotesFrom: x}\n";

        assertThatThrownBy(() -> reader.readPointer(PATH, yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DocumentInvalidException.class, e -> assertThat(e.problems())
                        .map(Problem::render)
                        .containsExactly(PATH + ":2:7: kind: must be 'ReleasePointer'"));
    }

    @Test
    void listsEveryProblemOfAFileAtOnce() {
        String yaml = "apiVersion: gantry.dev/v1\nkind: ReleasePointer\nmetadata:\n  name: hello\n  environment: dev\n"
                + "spec:\n  release: abc\n  digest: md5:x\n  deployedAt: now\n";

        assertThatThrownBy(() -> reader.readPointer(PATH, yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DocumentInvalidException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.position().line()).containsExactly(7, 8, 9));
    }
}
