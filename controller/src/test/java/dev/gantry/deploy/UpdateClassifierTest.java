package dev.gantry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An update is drift when what someone wants moved, a status change when only the status did. */
class UpdateClassifierTest {

    private static final Map<String, Object> BEFORE = object(Map.of("resourceVersion", "1", "generation", 1,
            "labels", Map.of("app", "web")), Map.of("replicas", 2), Map.of("readyReplicas", 1));

    @Test
    void aChangedSpecIsDrift() {
        Map<String, Object> after = object(Map.of("resourceVersion", "2", "generation", 2,
                "labels", Map.of("app", "web")), Map.of("replicas", 3), Map.of("readyReplicas", 1));

        assertThat(UpdateClassifier.classify(BEFORE, after)).contains(ManagedObjectChange.Type.DRIFT);
    }

    @Test
    void aChangedLabelIsDrift() {
        Map<String, Object> after = object(Map.of("resourceVersion", "2", "generation", 1,
                "labels", Map.of("app", "api")), Map.of("replicas", 2), Map.of("readyReplicas", 1));

        assertThat(UpdateClassifier.classify(BEFORE, after)).contains(ManagedObjectChange.Type.DRIFT);
    }

    @Test
    void aStatusOnlyChangeIsStatus() {
        Map<String, Object> after = object(Map.of("resourceVersion", "2", "generation", 1,
                "labels", Map.of("app", "web")), Map.of("replicas", 2), Map.of("readyReplicas", 2));

        assertThat(UpdateClassifier.classify(BEFORE, after)).contains(ManagedObjectChange.Type.STATUS);
    }

    @Test
    void serverBookkeepingAndTheRolloutNumberAreNoChange() {
        Map<String, Object> metadata = new HashMap<>(Map.of("resourceVersion", "9", "generation", 4,
                "labels", Map.of("app", "web"), "managedFields", List.of(Map.of("manager", "kube-controller-manager")),
                "annotations", Map.of("deployment.kubernetes.io/revision", "3")));

        assertThat(UpdateClassifier.classify(BEFORE, object(metadata, Map.of("replicas", 2), Map.of("readyReplicas", 1))))
                .isEmpty();
    }

    @Test
    void aResyncOfTheSameObjectIsNoChange() {
        assertThat(UpdateClassifier.classify(BEFORE, BEFORE)).isEmpty();
    }

    private static Map<String, Object> object(Map<String, Object> metadata, Map<String, Object> spec,
            Map<String, Object> status) {
        Map<String, Object> named = new HashMap<>(metadata);
        named.put("name", "web");
        return Map.of("apiVersion", "apps/v1", "kind", "Deployment", "metadata", named, "spec", spec, "status", status);
    }
}
