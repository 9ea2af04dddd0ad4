package dev.gantry.cli;

import static dev.gantry.diff.CheckoutFilesFixture.configMaps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.diff.CheckoutFilesFixture;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.testing.registry.DistributionRegistry;
import dev.gantry.testing.registry.WithDistributionRegistry;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gantry diff} pulling both releases from the real distribution registry named by the environments. */
@WithDistributionRegistry
class DiffRegistryIT {

    private static final String OLD = "a".repeat(40);
    private static final String NEW = "b".repeat(40);

    @TempDir
    Path temp;

    private CheckoutFilesFixture checkout;

    @BeforeEach
    void publishIntoTheRegistry(DistributionRegistry registry) throws Exception {
        String releases = registry.host() + "/it-" + UUID.randomUUID().toString().substring(0, 8);
        CheckoutFilesFixture.publish(Registry.parse(releases), RegistryCredentials.NONE, OLD, configMaps("web=v1"));
        CheckoutFilesFixture.publish(Registry.parse(releases), RegistryCredentials.NONE, NEW, configMaps("web=v2"));
        checkout = new CheckoutFilesFixture(temp.resolve("gitops"))
                .environment("staging", null, releases).environment("production", "staging", releases)
                .pointer("staging", NEW, null).pointer("production", OLD, null);
    }

    private CliRun diff() {
        return CliRun.of("diff", CheckoutFilesFixture.PROJECT, "--from", "staging", "--to", "production",
                "--repo", checkout.root().toString());
    }

    @Test
    void pullsBothReleasesFromTheEnvironmentsRegistryAndDiffsThem() {
        CliRun run = diff();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("--- production/v1/ConfigMap/hello-production/web", "-  value: v1", "+  value: v2",
                "platform/hello: production (aaaaaaa) -> staging (bbbbbbb): 0 added, 1 changed, 0 removed, 0 unchanged");
    }

    @Test
    void exitsThreeWhenTheRegistryIsDown(DistributionRegistry registry) {
        registry.stop();
        try {
            CliRun run = diff();

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.EXTERNAL);
            assertThat(run.err()).startsWith("gantry: ").contains(registry.host());
        } finally {
            registry.start();
        }
    }
}
