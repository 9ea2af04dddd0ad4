package dev.gantry.testing.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry process reports a taken port (so the harness retries) and otherwise fails with the registry's log. */
class RegistryProcessIT {

    private static final Path BINARY = Path.of(System.getProperty(DistributionRegistryExtension.BINARY_PARAMETER,
            DistributionRegistry.DEFAULT_BINARY.toString()));

    @TempDir
    Path directory;

    @BeforeEach
    void needsTheBinary() {
        Assumptions.assumeTrue(DistributionRegistry.installed(BINARY),
                "the CNCF distribution registry (docker-registry) is not installed at " + BINARY + ": apt-get install docker-registry");
    }

    @Test
    void reportsThePortTakenWhenSomethingElseListensThere() throws IOException {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            RegistryProcess process = processWith(new RegistryConfig(squatter.getLocalPort(),
                    Files.createDirectory(directory.resolve("storage")), "secret", "").yaml());

            RegistryProcess.Outcome outcome = process.start(URI.create("http://127.0.0.1:" + squatter.getLocalPort()));

            assertThat(outcome).isEqualTo(RegistryProcess.Outcome.PORT_TAKEN);
            assertThat(process.running()).isFalse();
        }
    }

    @Test
    void failsWithTheRegistryLogWhenTheConfigurationIsWrong() throws IOException {
        RegistryProcess process = processWith("version: 0.1\nstorage:\n  nosuchdriver: {}\n");

        assertThatThrownBy(() -> process.start(URI.create("http://127.0.0.1:" + LoopbackPort.free())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("docker-registry exited with code")
                .hasMessageContaining("nosuchdriver");
    }

    private RegistryProcess processWith(String yaml) throws IOException {
        Path config = Files.writeString(directory.resolve("config.yml"), yaml);
        return new RegistryProcess(BINARY, config, directory.resolve("registry.log"));
    }
}
