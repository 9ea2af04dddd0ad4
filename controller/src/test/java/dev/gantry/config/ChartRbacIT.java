package dev.gantry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marcnuri.helm.Helm;
import dev.gantry.testing.cluster.ClusterTarget;
import dev.gantry.testing.cluster.RealApiServer;
import dev.gantry.testing.cluster.WithRealApiServer;
import dev.gantry.testing.git.GitOpsWorkspace;
import dev.gantry.testing.registry.DistributionRegistry;
import dev.gantry.testing.registry.WithDistributionRegistry;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The controller running under exactly the RBAC that {@code charts/gantry} grants: the chart is
 * rendered with Helm's own code (helm-java), its ServiceAccount, Roles and RoleBindings applied
 * to a real API server, and the controller connects with a token of that ServiceAccount (from
 * the TokenRequest API). In the namespace the chart manages it applies, prunes, writes its
 * inventory and Events, and holds its Lease in its own namespace; a release for a namespace the
 * chart does not name fails with the API server's refusal, the missing permission named, and
 * leaves nothing there.
 */
@WithDistributionRegistry
@WithRealApiServer
class ChartRbacIT {

    private static final String V1 = "b".repeat(40);
    private static final String V2 = "c".repeat(40);
    private static final Set<String> RBAC_KINDS = Set.of("ServiceAccount", "Role", "RoleBinding", "ClusterRole",
            "ClusterRoleBinding");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private KubernetesClient admin;
    private ClusterTarget managed;
    private String controllerNamespace;
    private String unmanaged;
    private RegistryReleases releases;
    private GitOpsWorkspace gitops;
    private RunningController controller;

    @BeforeEach
    void install(DistributionRegistry registry, RealApiServer server) throws Exception {
        admin = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(Files.readString(server.kubeconfig()))).build();
        managed = ClusterTarget.onRealApiServer(server);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        controllerNamespace = createNamespace("gantry-it-system-" + suffix);
        unmanaged = createNamespace("gantry-it-unmanaged-" + suffix);
        List<HasMetadata> rbac = applyChartRbac();
        assertThat(rbac).extracting(HasMetadata::getKind).contains("ServiceAccount", "Role", "RoleBinding");
        Path kubeconfig = serviceAccountKubeconfig(admin.getConfiguration(), token());

        releases = new RegistryReleases(registry);
        gitops = GitOpsWorkspace.create(temp);
        gitops.writeEnvironment("dev", managed.namespace(), "").writeEnvironment("other", unmanaged, "");
        releases.publish(V1, "blue", "a", "b");
        gitops.writePointer("dev", V1).writePointer("other", V1);
        gitops.commitAndPush("dev and other run v1");
        controller = RunningController.start(gitops.url(), releases.registry(), temp.resolve("cache"), List.of(
                "--gantry.kubeconfig=" + kubeconfig, "--gantry.manage-namespaces=false",
                "--gantry.leader-election.enabled=true", "--gantry.leader-election.lease-namespace=" + controllerNamespace),
                "s3cret");
    }

    @AfterEach
    void uninstall() {
        if (controller != null) {
            controller.close();
        }
        if (gitops != null) {
            gitops.close();
        }
        if (managed != null) {
            managed.close();
        }
        if (admin != null) {
            for (String namespace : new String[] {controllerNamespace, unmanaged}) {
                if (namespace != null) {
                    admin.namespaces().withName(namespace).delete();
                }
            }
            admin.close();
        }
    }

    @Test
    void appliesPrunesAndRecordsWhereTheChartAllowsAndIsRefusedElsewhereWithNothingApplied() throws Exception {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(phase("dev")).isEqualTo("APPLIED"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(phase("other")).isEqualTo("FAILED"));

        JsonNode refused = controller.status("other", "platform", "hello");
        System.out.println("[rbac] outside the chart's namespaces: " + refused.path("lastError").asString());
        assertThat(refused.path("lastError").asString()).contains("forbidden", "system:serviceaccount:" + controllerNamespace + ":gantry",
                "cannot", "in the namespace \"" + unmanaged + "\"");
        assertThat(admin.configMaps().inNamespace(unmanaged).list().getItems()).extracting(ConfigMap::getMetadata)
                .extracting(meta -> meta.getName()).as("nothing half-applied").containsOnly("kube-root-ca.crt");

        releases.publish(V2, "green", "a");
        gitops.writePointer("dev", V2);
        gitops.commitAndPush("dev runs v2, without b");
        controller.poll();
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(controller.status("dev", "platform", "hello").path("appliedRelease").asString()).isEqualTo(V2);
            assertThat(configMap(managed.namespace(), "b")).as("pruned").isNull();
        });
        assertThat(configMap(managed.namespace(), "a").getData()).containsEntry("colour", "green");
        assertThat(configMap(managed.namespace(), "gantry-inventory.dev.platform.hello").getData().toString())
                .contains("a").doesNotContain("\"b\"");
        assertThat(admin.v1().events().inNamespace(managed.namespace()).list().getItems())
                .extracting(event -> event.getReason()).contains("ReleaseApplied");
        assertThat(holder()).as("the Lease, in the controller's own namespace").isNotBlank();

        controller.close();
        controller = null;
        assertThat(admin.leases().inNamespace(controllerNamespace).withName("gantry-leader").get().getSpec()
                .getLeaseDurationSeconds()).as("released on shutdown (Fabric8 cuts the lease to 1s), which needs patch")
                .isEqualTo(1);
    }

    /** {@code helm template} of charts/gantry managing only {@code managed}, and its RBAC objects applied as they render. */
    private List<HasMetadata> applyChartRbac() {
        String rendered = new Helm(Path.of(System.getProperty("gantry.chart", "../charts/gantry"))).template()
                .withName("gantry").withNamespace(controllerNamespace).withKubeVersion("v1.36.3")
                .set("gitops.repo", "file:///gitops.git").set("managedNamespaces[0]", managed.namespace()).call();
        List<HasMetadata> rbac = admin.load(new ByteArrayInputStream(rendered.getBytes(StandardCharsets.UTF_8))).items()
                .stream().filter(item -> RBAC_KINDS.contains(item.getKind())).toList();
        rbac.forEach(item -> admin.resource(item).create());
        return rbac;
    }

    private String token() {
        return admin.serviceAccounts().inNamespace(controllerNamespace).withName("gantry")
                .tokenRequest(new TokenRequestBuilder().withNewSpec().withExpirationSeconds(3600L).endSpec().build())
                .getStatus().getToken();
    }

    /** A kubeconfig for the same server that authenticates only with {@code token}. */
    private Path serviceAccountKubeconfig(Config server, String token) throws Exception {
        Path file = temp.resolve("serviceaccount.kubeconfig");
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                clusters: [{ name: test, cluster: { server: "%s", certificate-authority-data: "%s" } }]
                users: [{ name: gantry, user: { token: "%s" } }]
                contexts: [{ name: gantry, context: { cluster: test, user: gantry, namespace: "%s" } }]
                current-context: gantry
                """.formatted(server.getMasterUrl(), server.getCaCertData(), token, controllerNamespace));
        return file;
    }

    private String createNamespace(String name) {
        admin.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name)
                .addToLabels("app.kubernetes.io/created-by", "gantry-it").endMetadata().build()).create();
        return name;
    }

    private String holder() {
        return admin.leases().inNamespace(controllerNamespace).withName("gantry-leader").get().getSpec().getHolderIdentity();
    }

    private String phase(String environment) throws Exception {
        return controller.status(environment, "platform", "hello").path("phase").asString();
    }

    private ConfigMap configMap(String namespace, String name) {
        return admin.configMaps().inNamespace(namespace).withName(name).get();
    }
}
