package dev.gantry.chart;

import static dev.gantry.chart.DefaultValuesTest.env;
import static dev.gantry.chart.DefaultValuesTest.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every optional part on: cluster-wide RBAC, Ingress, ServiceMonitor, a pinned digest, credentials from Secrets. */
class ClusterWideValuesTest {

    private static RenderedChart chart;

    @BeforeAll
    static void render() {
        chart = GantryChart.render("cluster-wide-values.yaml", Map.of());
    }

    @Test
    void grantsOneClusterRoleInsteadOfPerNamespaceRoles() {
        RenderedObject role = chart.one("ClusterRole", "gantry");

        assertThat(chart.ofKind("ClusterRole")).containsExactly(role);
        assertThat(chart.ofKind("Role")).extracting(RenderedObject::name).containsExactly("gantry-leader-election");
        assertThat(role.list("rules")).containsExactly(
                rule(List.of("*"), List.of("*"), List.of("get", "list", "watch", "create", "patch", "delete")),
                rule(List.of(""), List.of("configmaps"), List.of("get", "create", "update", "delete")),
                rule(List.of(""), List.of("events"), List.of("create")),
                rule(List.of("apiextensions.k8s.io"), List.of("customresourcedefinitions"), List.of("get")));
        assertThat(chart.one("ClusterRoleBinding", "gantry").list("subjects")).containsExactly(
                Map.of("kind", "ServiceAccount", "name", "gantry", "namespace", GantryChart.NAMESPACE));
    }

    @Test
    void pinsTheImageByDigest() {
        assertThat(container().at("image")).isEqualTo(
                "registry.example.com/tools/gantry@sha256:4b3f1e2d5c6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e");
    }

    @Test
    void readsCredentialsFromTheNamedSecretsOnly() {
        Map<String, Object> env = env(container());

        assertThat(env).containsEntry("GANTRY_GIT_SSHKEY", "/etc/gantry/git/ssh-privatekey")
                .containsEntry("GANTRY_GIT_KNOWNHOSTS", "/etc/gantry/git/known_hosts")
                .containsEntry("GANTRY_REGISTRY_PASSWORD", secretRef("gantry-registry", "password"))
                .containsEntry("GANTRY_REGISTRY_USERNAME", secretRef("gantry-registry", "username"))
                .containsEntry("GANTRY_REGISTRY_HOST", secretRef("gantry-registry", "host"))
                .containsEntry("GANTRY_WEBHOOKS_GITHUB", secretRef("gantry-webhooks", "github"))
                .containsEntry("GANTRY_WEBHOOKS_GENERIC", secretRef("gantry-webhooks", "generic"))
                .doesNotContainKey("GANTRY_GIT_TOKEN");
        assertThat(chart.ofKind("Secret")).isEmpty();
        assertThat(chart.deployment().list("spec.template.spec.volumes")).contains(Map.of("name", "git-ssh", "secret",
                Map.of("secretName", "gantry-git", "defaultMode", 256, "items", List.of(
                        Map.of("key", "identity", "path", "ssh-privatekey"), Map.of("key", "known_hosts", "path", "known_hosts")))));
    }

    @Test
    void exposesOnlyTheWebhookReceiversThroughTheIngress() {
        RenderedObject ingress = chart.one("Ingress", "gantry");

        assertThat(ingress.at("spec.ingressClassName")).isEqualTo("nginx");
        assertThat(ingress.list("spec.rules")).containsExactly(Map.of("host", "gantry.example.com", "http", Map.of("paths",
                List.of(Map.of("path", "/hooks/", "pathType", "Prefix", "backend",
                        Map.of("service", Map.of("name", "gantry", "port", Map.of("name", "http"))))))));
        assertThat(ingress.list("spec.tls")).containsExactly(Map.of("hosts", List.of("gantry.example.com"), "secretName", "gantry-tls"));
    }

    @Test
    void scrapesPrometheusMetricsThroughTheServiceMonitor() {
        RenderedObject monitor = chart.one("ServiceMonitor", "gantry");

        assertThat(monitor.at("apiVersion")).isEqualTo("monitoring.coreos.com/v1");
        assertThat(monitor.at("metadata.labels.release")).isEqualTo("prometheus");
        assertThat(monitor.list("spec.endpoints")).containsExactly(
                Map.of("port", "http", "path", "/actuator/prometheus", "interval", "15s"));
        assertThat(monitor.at("spec.selector.matchLabels")).isEqualTo(chart.deployment().at("spec.selector.matchLabels"));
    }

    @Test
    void takesCustomReplicasAndResources() {
        assertThat(chart.deployment().at("spec.replicas")).isEqualTo(3);
        assertThat(container().at("resources")).isEqualTo(Map.of(
                "requests", Map.of("cpu", "500m", "memory", "768Mi"), "limits", Map.of("cpu", "2", "memory", "2Gi")));
        assertThat(container().list("args")).containsExactly("serve", "--port=8080");
    }

    private static RenderedObject container() {
        return new RenderedObject(chart.deployment().map("spec.template.spec.containers.0"));
    }

    private static Map<String, Object> secretRef(String secret, String key) {
        return Map.of("secretKeyRef", Map.of("name", secret, "key", key, "optional", true));
    }
}
