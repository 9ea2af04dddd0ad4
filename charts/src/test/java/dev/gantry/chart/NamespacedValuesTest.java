package dev.gantry.chart;

import static dev.gantry.chart.DefaultValuesTest.env;
import static dev.gantry.chart.DefaultValuesTest.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Namespaced RBAC over three environments, narrowed resources, a token Secret, a build source, no HA. */
class NamespacedValuesTest {

    private static RenderedChart chart;

    @BeforeAll
    static void render() {
        chart = GantryChart.render("three-namespaces-values.yaml", Map.of());
    }

    @Test
    void bindsOneRolePerManagedNamespaceWithTheNarrowedResources() {
        List<RenderedObject> roles = chart.ofKind("Role");

        assertThat(roles).extracting(RenderedObject::namespace).containsExactly("dev", "staging", "production");
        assertThat(chart.ofKind("RoleBinding")).extracting(RenderedObject::namespace).containsExactly("dev", "staging", "production");
        assertThat(roles).allSatisfy(role -> assertThat(role.list("rules")).containsExactly(
                rule(List.of(""), List.of("services", "configmaps", "secrets"), List.of("get", "list", "watch", "create", "patch", "delete")),
                rule(List.of("apps"), List.of("deployments"), List.of("get", "list", "watch", "create", "patch", "delete")),
                rule(List.of(""), List.of("configmaps"), List.of("get", "create", "update", "delete")),
                rule(List.of(""), List.of("events"), List.of("create"))));
        assertThat(chart.one("ClusterRole", "gantry-namespaces").list("rules")).containsExactly(Map.of("apiGroups",
                List.of(""), "resources", List.of("namespaces"), "resourceNames", List.of("dev", "staging", "production"),
                "verbs", List.of("get", "patch")));
    }

    @Test
    void leavesLeaderElectionAndTheDisruptionBudgetOutWhenTurnedOff() {
        assertThat(chart.ofKind("PodDisruptionBudget")).isEmpty();
        assertThat(chart.objects()).extracting(RenderedObject::name).doesNotContain("gantry-leader-election");
        assertThat((String) chart.one("ConfigMap", "gantry").map("data").get("application.yaml"))
                .contains("leader-election:\n    enabled: false\n");
    }

    @Test
    void namesTheBuildSourceAndTheGitTokenSecret() {
        String config = (String) chart.one("ConfigMap", "gantry").map("data").get("application.yaml");

        assertThat(config).contains("  sources:\n    platform:\n      url: \"https://git.example.com/platform/services.git\"\n"
                + "      project-path: \"services/{project}\"\n");
        assertThat(env(new RenderedObject(chart.deployment().map("spec.template.spec.containers.0"))))
                .containsEntry("GANTRY_GIT_TOKEN", Map.of("secretKeyRef", Map.of("name", "gantry-git", "key", "token", "optional", true)))
                .doesNotContainKeys("GANTRY_GIT_SSHKEY", "GANTRY_REGISTRY_USERNAME", "GANTRY_WEBHOOKS_GITHUB");
    }
}
