package dev.gantry.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The chart with its defaults plus the two required values (a repository and one managed namespace). */
class DefaultValuesTest {

    private static RenderedChart chart;

    @BeforeAll
    static void render() {
        chart = GantryChart.render("minimal-values.yaml", Map.of());
    }

    @Test
    void rendersTheControllerWithoutTheOptionalParts() {
        assertThat(chart.kinds()).containsExactly("ConfigMap", "Deployment",
                "PodDisruptionBudget", "Role", "RoleBinding", "Service", "ServiceAccount");
        assertThat(chart.objects()).filteredOn(object -> object.namespace() != null)
                .allMatch(object -> object.namespace().equals(GantryChart.NAMESPACE) || object.namespace().equals("dev"));
    }

    @Test
    void runsTwoReplicasWithLeaderElectionInTheReleaseNamespace() {
        RenderedObject deployment = chart.deployment();
        Map<String, Object> config = applicationYaml();

        assertThat(deployment.at("spec.replicas")).isEqualTo(2);
        assertThat(deployment.at("spec.template.spec.serviceAccountName")).isEqualTo("gantry");
        assertThat(config).extracting("leader-election").isEqualTo(Map.of("enabled", true, "lease-name", "gantry-leader",
                "lease-namespace", GantryChart.NAMESPACE, "lease-duration", "15s"));
        assertThat(config).containsEntry("cache", "/var/cache/gantry")
                .containsEntry("registry", "oci-layout:/var/cache/gantry/registry")
                .containsEntry("branch", "main").containsEntry("poll", "60s").containsEntry("resync", "10m")
                .containsEntry("manage-namespaces", false);
    }

    @Test
    void limitsRequestsToTheApiServerAsArgoCdDoes() {
        assertThat(applicationYaml()).containsEntry("kube", Map.of("qps", 50, "burst", 100));
    }

    @Test
    void runsServeWithTheRepositoryAndTheMountedConfiguration() {
        RenderedObject container = container();

        assertThat(container.at("image")).isEqualTo("ghcr.io/gantry-dev/gantry:0.1.0");
        assertThat(container.list("args")).containsExactly("serve", "--port=8080");
        assertThat(env(container)).containsEntry("GANTRY_REPO", "https://git.example.com/platform/gitops.git")
                .containsEntry("SPRING_CONFIG_ADDITIONAL_LOCATION", "file:/etc/gantry/config/")
                .containsEntry("HOME", "/tmp")
                .doesNotContainKeys("GANTRY_GIT_TOKEN", "GANTRY_REGISTRY_PASSWORD", "GANTRY_WEBHOOKS_GITHUB");
    }

    @Test
    void runsRestrictedWithWritableVolumesOnlyForTheCacheAndTmp() {
        RenderedObject pod = new RenderedObject(chart.deployment().map("spec.template.spec"));
        RenderedObject container = container();

        assertThat(pod.at("securityContext.runAsNonRoot")).isEqualTo(true);
        assertThat(pod.at("securityContext.seccompProfile.type")).isEqualTo("RuntimeDefault");
        assertThat(container.at("securityContext.readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(container.at("securityContext.allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(container.at("securityContext.runAsNonRoot")).isEqualTo(true);
        assertThat(container.list("securityContext.capabilities.drop")).containsExactly("ALL");
        assertThat(container.at("securityContext.capabilities.add")).isNull();
        assertThat(container.at("securityContext.seccompProfile.type")).isEqualTo("RuntimeDefault");
        assertThat(mounts(container)).containsEntry("/var/cache/gantry", "cache").containsEntry("/tmp", "tmp")
                .containsEntry("/etc/gantry/config", "config").hasSize(3);
        assertThat(pod.list("volumes")).filteredOn(volume -> ((Map<?, ?>) volume).containsKey("emptyDir"))
                .<Object>extracting(volume -> ((Map<?, ?>) volume).get("name")).containsExactlyInAnyOrder("cache", "tmp");
    }

    @Test
    void probesTheActuatorHealthGroups() {
        RenderedObject container = container();

        assertThat(container.at("livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(container.at("readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
        assertThat(container.at("startupProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(container.at("livenessProbe.httpGet.port")).isEqualTo("http");
        assertThat(container.at("ports.0.containerPort")).isEqualTo(8080);
        assertThat(container.at("resources.requests.memory")).isEqualTo("512Mi");
        assertThat(container.at("resources.limits.memory")).isEqualTo("1Gi");
    }

    @Test
    void grantsTheManagedNamespaceWhatTheControllerUsesAndNothingClusterWide() {
        RenderedObject role = chart.ofKind("Role").stream().filter(object -> "dev".equals(object.namespace())).findFirst().orElseThrow();
        RenderedObject binding = chart.ofKind("RoleBinding").stream().filter(object -> "dev".equals(object.namespace())).findFirst().orElseThrow();

        assertThat(role.list("rules")).containsExactly(
                rule(List.of("*"), List.of("*"), List.of("get", "list", "watch", "create", "patch", "delete")),
                rule(List.of(""), List.of("configmaps"), List.of("get", "create", "update", "delete")),
                rule(List.of(""), List.of("events"), List.of("create")));
        assertThat(binding.at("roleRef.name")).isEqualTo(role.name());
        assertThat(binding.list("subjects")).containsExactly(
                Map.of("kind", "ServiceAccount", "name", "gantry", "namespace", GantryChart.NAMESPACE));
        assertThat(chart.ofKind("ClusterRole")).isEmpty();
        assertThat(chart.ofKind("ClusterRoleBinding")).isEmpty();
    }

    @Test
    void letsTheControllerHoldItsLeaseInTheReleaseNamespace() {
        RenderedObject lease = chart.one("Role", "gantry-leader-election");

        assertThat(lease.namespace()).isEqualTo(GantryChart.NAMESPACE);
        assertThat(lease.list("rules")).containsExactly(
                rule(List.of("coordination.k8s.io"), List.of("leases"), List.of("get", "create", "update", "patch")));
        assertThat(chart.one("RoleBinding", "gantry-leader-election").at("roleRef.name")).isEqualTo("gantry-leader-election");
    }

    @Test
    void selectsTheControllerPodsFromServiceAndDisruptionBudget() {
        Object selector = chart.deployment().at("spec.selector.matchLabels");
        RenderedObject service = chart.one("Service", "gantry");
        RenderedObject budget = chart.one("PodDisruptionBudget", "gantry");

        assertThat(selector).isEqualTo(Map.of("app.kubernetes.io/name", "gantry", "app.kubernetes.io/instance", "gantry"));
        assertThat(service.at("spec.selector")).isEqualTo(selector);
        assertThat(service.at("spec.ports.0")).isEqualTo(Map.of("name", "http", "port", 8080, "targetPort", "http", "protocol", "TCP"));
        assertThat(budget.at("spec.selector.matchLabels")).isEqualTo(selector);
        assertThat(budget.at("spec.minAvailable")).isEqualTo(1);
    }

    static Map<String, Object> rule(List<String> groups, List<String> resources, List<String> verbs) {
        return Map.of("apiGroups", groups, "resources", resources, "verbs", verbs);
    }

    private static RenderedObject container() {
        return new RenderedObject(chart.deployment().map("spec.template.spec.containers.0"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> applicationYaml() {
        String text = (String) chart.one("ConfigMap", "gantry").map("data").get("application.yaml");
        Map<String, Object> document = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
        return (Map<String, Object>) document.get("gantry");
    }

    static Map<String, Object> env(RenderedObject container) {
        Map<String, Object> env = new java.util.LinkedHashMap<>();
        for (Object item : container.list("env")) {
            Map<?, ?> variable = (Map<?, ?>) item;
            env.put((String) variable.get("name"), variable.containsKey("value") ? variable.get("value") : variable.get("valueFrom"));
        }
        return env;
    }

    private static Map<String, Object> mounts(RenderedObject container) {
        Map<String, Object> mounts = new java.util.LinkedHashMap<>();
        for (Object item : container.list("volumeMounts")) {
            mounts.put((String) ((Map<?, ?>) item).get("mountPath"), ((Map<?, ?>) item).get("name"));
        }
        return mounts;
    }
}
