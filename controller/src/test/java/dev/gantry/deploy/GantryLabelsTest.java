package dev.gantry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GantryLabelsTest {

    @Test
    void stampsRepositoryAndProjectAsSeparateLabelsWithinTheLabelValueLimit() {
        String repository = "r".repeat(63);
        String project = "p".repeat(63);

        Map<String, String> labels = GantryLabels.of("production", repository, project);

        assertThat(labels).containsEntry("gantry.dev/repository", repository).containsEntry("gantry.dev/project", project)
                .containsEntry("gantry.dev/environment", "production").containsEntry("app.kubernetes.io/managed-by", "gantry");
        assertThat(labels.values()).allSatisfy(value -> assertThat(value).hasSizeLessThanOrEqualTo(63));
        assertThat(GantryLabels.ownerOf(labels)).isEqualTo(new GantryLabels.Owner("production", repository, project));
    }

    @Test
    void anObjectLabelledTheOldWayKeepsItsOwner() {
        Map<String, String> old = Map.of("app.kubernetes.io/managed-by", "gantry", "gantry.dev/environment", "dev",
                "gantry.dev/project", "platform.hello");

        assertThat(GantryLabels.ownerOf(old)).isEqualTo(new GantryLabels.Owner("dev", "platform", "hello"));
    }

    @Test
    void labelsOfAnotherManagerNameNoOwner() {
        assertThat(GantryLabels.ownerOf(Map.of("app.kubernetes.io/managed-by", "helm", "gantry.dev/environment", "dev",
                "gantry.dev/repository", "platform", "gantry.dev/project", "hello"))).isNull();
        assertThat(GantryLabels.ownerOf(Map.of("app.kubernetes.io/managed-by", "gantry", "gantry.dev/environment", "dev",
                "gantry.dev/project", "hello"))).as("neither form").isNull();
    }
}
