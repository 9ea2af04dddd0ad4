package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.testing.registry.DistributionRegistry;
import dev.gantry.testing.registry.RegistryAuth;
import dev.gantry.testing.registry.WithDistributionRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** {@code gantry release} against the real distribution registry with basic auth. */
@WithDistributionRegistry(RegistryAuth.BASIC)
class ReleaseRegistryIT {

    @TempDir
    Path temp;

    private Path source;
    private String commit;
    private String prefix;

    @BeforeEach
    void createSource() throws Exception {
        source = temp.resolve("source");
        commit = ReleaseSourceFixture.create(source, Map.of()).name();
        prefix = "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Map<String, String> credentials(DistributionRegistry registry) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("GANTRY_REGISTRY_HOST", registry.host());
        environment.put("GANTRY_REGISTRY_USERNAME", registry.username());
        environment.put("GANTRY_REGISTRY_PASSWORD", registry.password());
        return environment;
    }

    private CliRun build(Map<String, String> environment, String registry, String... extra) {
        String[] base = {"release", "build", "--source", source.toString(), "--commit", commit, "--project", "hello",
            "--repository", "platform", "--registry", registry, "--output", "json"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.withEnvironment(environment, args);
    }

    private static String digest(CliRun run) {
        return JsonMapper.builder().build().readTree(run.out()).get("digest").asString();
    }

    @Test
    void buildsIntoTheRegistryAndPullsBackPinnedManifests(DistributionRegistry registry) throws Exception {
        Map<String, String> environment = credentials(registry);
        CliRun build = build(environment, registry.host() + "/" + prefix);
        assertThat(build.exitCode()).as(build.err()).isZero();
        String reference = JsonMapper.builder().build().readTree(build.out()).get("reference").asString();
        Path into = temp.resolve("pulled");

        CliRun pull = CliRun.withEnvironment(environment, "release", "pull", reference, "--into", into.toString());

        assertThat(reference).startsWith(registry.host() + "/" + prefix + "/platform/hello:" + commit + "@sha256:");
        assertThat(pull.exitCode()).as(pull.err()).isZero();
        assertThat(Files.readString(into.resolve("deployment.yaml")))
                .containsPattern("image: " + registry.host() + "/" + prefix + "/platform/hello/web@sha256:[0-9a-f]{64}");
    }

    @Test
    void givesOneDigestInTheRegistryAndInALayoutForOneImageRegistryName(DistributionRegistry registry) {
        CliRun intoRegistry = build(credentials(registry), registry.host() + "/" + prefix,
                "--image-registry", "registry.example.com/releases");
        CliRun intoLayout = build(credentials(registry), "oci-layout:" + temp.resolve("layout"),
                "--image-registry", "registry.example.com/releases");

        assertThat(intoRegistry.exitCode()).as(intoRegistry.err()).isZero();
        assertThat(intoLayout.exitCode()).as(intoLayout.err()).isZero();
        assertThat(digest(intoRegistry)).isEqualTo(digest(intoLayout));
    }

    @Test
    void takesCredentialsFromTheDockerConfigFile(DistributionRegistry registry) throws Exception {
        Path dockerConfig = Files.createDirectories(temp.resolve("docker"));
        String auth = java.util.Base64.getEncoder().encodeToString(
                (registry.username() + ":" + registry.password()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.writeString(dockerConfig.resolve("config.json"),
                "{\"auths\":{\"" + registry.host() + "\":{\"auth\":\"" + auth + "\"}}}");
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.remove("GANTRY_REGISTRY_USERNAME");
        environment.remove("GANTRY_REGISTRY_PASSWORD");
        environment.put("DOCKER_CONFIG", dockerConfig.toString());

        CliRun build = build(environment, registry.host() + "/" + prefix);

        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.err() + build.out()).doesNotContain(registry.password());
    }

    @Test
    void exitsThreeWithoutPrintingSecretsWhenCredentialsAreWrong(DistributionRegistry registry) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("GANTRY_REGISTRY_HOST", registry.host());
        environment.put("GANTRY_REGISTRY_USERNAME", registry.username());
        environment.put("GANTRY_REGISTRY_PASSWORD", "not-the-s3cret");

        CliRun build = build(environment, registry.host() + "/" + prefix);

        assertThat(build.exitCode()).isEqualTo(ExitCode.EXTERNAL);
        assertThat(build.err()).contains(registry.host()).doesNotContain("not-the-s3cret").doesNotContain(registry.password());
    }

    @Test
    void exitsThreeAndLeavesNoTagWhenTheRegistryIsDown(DistributionRegistry registry) {
        registry.stop();
        CliRun build;
        try {
            build = build(credentials(registry), registry.host() + "/" + prefix);
        } finally {
            registry.start();
        }

        assertThat(build.exitCode()).isEqualTo(ExitCode.EXTERNAL);
        assertThat(build.err()).startsWith("reading ").contains("gantry: ");
        CliRun inspect = CliRun.withEnvironment(credentials(registry), "release", "inspect",
                registry.host() + "/" + prefix + "/platform/hello:" + commit);
        assertThat(inspect.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(inspect.err()).contains("does not exist");
    }
}
