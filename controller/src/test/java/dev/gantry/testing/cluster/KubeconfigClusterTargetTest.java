package dev.gantry.testing.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.deploy.ObjectKey;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

/**
 * The real-cluster target's own requests (namespace, read, out-of-band change and delete, cleanup)
 * against Fabric8's mock server in CRUD mode; none of them needs server-side apply.
 */
@EnableKubernetesMockClient(crud = true)
class KubeconfigClusterTargetTest {

    private static final String NAMESPACE = "gantry-it-0123abcd";
    private static final RealApiServer SERVER = new RealApiServer(Path.of("kubeconfig"), "for this test", java.util.Optional.empty());

    KubernetesMockServer server;
    KubernetesClient client;

    @Test
    void createsItsNamespaceLabelledAsATestsAndDeletesItWhenClosed() {
        try (KubernetesClient observer = server.createClient()) {
            KubeconfigClusterTarget target = new KubeconfigClusterTarget(server.createClient(), SERVER, NAMESPACE);
            assertThat(observer.namespaces().withName(NAMESPACE).get().getMetadata().getLabels())
                    .containsEntry("app.kubernetes.io/created-by", "gantry-it");

            target.close();

            assertThat(observer.namespaces().withName(NAMESPACE).get()).isNull();
        }
    }

    @Test
    void readsChangesAndDeletesLiveObjectsOutOfBand() {
        try (KubeconfigClusterTarget target = new KubeconfigClusterTarget(server.createClient(), SERVER,
                NAMESPACE)) {
            client.configMaps().inNamespace(NAMESPACE).resource(new ConfigMapBuilder().withNewMetadata().withName("a")
                    .endMetadata().withData(Map.of("colour", "blue")).build()).create();
            ObjectKey a = new ObjectKey("v1", "ConfigMap", NAMESPACE, "a");

            target.changeData(a, "colour", "tampered");

            assertThat(target.read(a)).hasValueSatisfying(live -> assertThat(live).containsEntry("data", Map.of("colour", "tampered")));
            target.delete(a);
            assertThat(target.read(a)).isEmpty();
        }
    }

    @Test
    void pointsTheControllerAtTheKubeconfigFile() {
        RealApiServer named = new RealApiServer(Path.of("/tmp/it-kubeconfig"), "named by GANTRY_IT_KUBECONFIG", java.util.Optional.empty());
        try (KubeconfigClusterTarget target = new KubeconfigClusterTarget(server.createClient(), named, NAMESPACE)) {
            List<String> arguments = new ArrayList<>();

            target.connect(new SpringApplication(), arguments);

            assertThat(arguments).containsExactly("--gantry.kubeconfig=/tmp/it-kubeconfig");
            assertThat(target.description()).startsWith("the real API server at ").endsWith(": named by GANTRY_IT_KUBECONFIG")
                    .doesNotContain("token");
        }
    }
}
