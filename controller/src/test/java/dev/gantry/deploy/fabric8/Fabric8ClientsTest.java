package dev.gantry.deploy.fabric8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client factories read the configuration they are pointed at, and say clearly when it is missing. */
class Fabric8ClientsTest {

    @TempDir
    Path folder;

    @Test
    void buildsAClientForTheCurrentContextOfAKubeconfig() throws Exception {
        Path kubeconfig = Files.writeString(folder.resolve("config"), """
                apiVersion: v1
                kind: Config
                current-context: test
                clusters:
                - name: test
                  cluster:
                    server: https://api.test.example:6443
                contexts:
                - name: test
                  context:
                    cluster: test
                    user: test
                    namespace: team-a
                users:
                - name: test
                  user:
                    token: not-a-real-token
                """);

        try (KubernetesClient client = Fabric8Clients.fromKubeconfig(kubeconfig)) {
            assertThat(client.getMasterUrl().toString()).startsWith("https://api.test.example:6443");
            assertThat(client.getNamespace()).isEqualTo("team-a");
            assertThat(client.getConfiguration().getRequestRetryBackoffLimit()).isEqualTo(Fabric8Clients.RETRIES);
        }
    }

    @Test
    void refusesAKubeconfigThatDoesNotExist() {
        assertThatThrownBy(() -> Fabric8Clients.fromKubeconfig(folder.resolve("absent")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absent")
                .hasMessageContaining("does not exist");
    }

    @Test
    void refusesInClusterOutsideAPod() {
        Assumptions.assumeTrue(System.getenv("KUBERNETES_SERVICE_HOST") == null,
                "this test runs inside a Kubernetes pod, where in-cluster configuration is available");

        assertThatThrownBy(Fabric8Clients::inCluster)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not running in a Kubernetes pod");
    }
}
