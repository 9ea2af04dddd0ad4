package dev.gantry.chart;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values the chart refuses, with a message that says what to fix. */
class RefusedValuesTest {

    @Test
    void refusesAnInstallWithoutARepository() {
        assertThatThrownBy(() -> GantryChart.render(null, Map.of("managedNamespaces[0]", "dev")))
                .hasMessageContaining("gitops.repo is required");
    }

    @Test
    void refusesNamespacedRbacWithoutNamespaces() {
        assertThatThrownBy(() -> GantryChart.render(null, Map.of("gitops.repo", "https://git.example.com/gitops.git")))
                .hasMessageContaining("managedNamespaces is empty");
    }

    @Test
    void refusesADigestThatIsNotSha256() {
        assertThatThrownBy(() -> GantryChart.render("minimal-values.yaml", Map.of("image.digest", "latest")))
                .hasMessageContaining("/image/digest").hasMessageContaining("does not match pattern");
    }

    @Test
    void refusesAnUnknownValue() {
        assertThatThrownBy(() -> GantryChart.render("minimal-values.yaml", Map.of("gitops.reop", "https://x")))
                .hasMessageContaining("reop");
    }

    @Test
    void refusesANamespaceThatIsNotADnsLabel() {
        assertThatThrownBy(() -> GantryChart.render("minimal-values.yaml", Map.of("managedNamespaces[0]", "Prod_1")))
                .hasMessageContaining("managedNamespaces");
    }

    @Test
    void refusesARequestRateThatStopsEveryRequest() {
        assertThatThrownBy(() -> GantryChart.render("minimal-values.yaml", Map.of("kube.qps", 0)))
                .hasMessageContaining("/kube/qps");
    }
}
