package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.testing.registry.DistributionRegistry;
import dev.gantry.testing.registry.RegistryAuth;
import dev.gantry.testing.registry.WithDistributionRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** {@code gantry release build} and {@code pull} through the distribution bearer-token flow. */
@WithDistributionRegistry(RegistryAuth.TOKEN)
class ReleaseTokenRegistryIT {

    @TempDir
    Path temp;

    @Test
    void buildsAndPullsThroughATokenServer(DistributionRegistry registry) throws Exception {
        Path source = temp.resolve("source");
        String commit = ReleaseSourceFixture.create(source, Map.of()).name();
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("GANTRY_REGISTRY_HOST", registry.host());
        environment.put("GANTRY_REGISTRY_USERNAME", registry.username());
        environment.put("GANTRY_REGISTRY_PASSWORD", registry.password());

        CliRun build = CliRun.withEnvironment(environment, "release", "build", "--source", source.toString(),
                "--commit", commit, "--project", "hello", "--repository", "platform", "--registry",
                registry.host() + "/token", "--output", "json");
        assertThat(build.exitCode()).as(build.err()).isZero();
        String reference = JsonMapper.builder().build().readTree(build.out()).get("reference").asString();
        CliRun pull = CliRun.withEnvironment(environment, "release", "pull", reference, "--into", temp.resolve("out").toString());

        assertThat(pull.exitCode()).as(pull.err()).isZero();
        assertThat(Files.readString(temp.resolve("out/deployment.yaml"))).contains(registry.host() + "/token/platform/hello/web@sha256:");
        assertThat(build.err() + pull.err()).doesNotContain(registry.password());
    }
}
