package dev.gantry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever shape a live object's fields take, assessing it never throws: wrong types read as not reported. */
class HealthAssessorMalformedStatusTest {

    private static final List<ObjectKey> KINDS = List.of(
            new ObjectKey("apps/v1", "Deployment", "shop", "web"),
            new ObjectKey("apps/v1", "StatefulSet", "shop", "db"),
            new ObjectKey("apps/v1", "DaemonSet", "shop", "agent"),
            new ObjectKey("batch/v1", "Job", "shop", "migrate"),
            new ObjectKey("apiextensions.k8s.io/v1", "CustomResourceDefinition", null, "widgets.example.com"),
            new ObjectKey("v1", "Service", "shop", "web"),
            new ObjectKey("v1", "ConfigMap", "shop", "web"),
            new ObjectKey("example.com/v1", "Widget", "shop", "blue"));

    private static final List<Object> JUNK = Arrays.asList(
            null, "text", 42, -1, 2.5, Double.NaN, Double.POSITIVE_INFINITY, new BigInteger("123456789012345678901234567890"),
            true, List.of(), List.of("a", 1), Map.of(), Map.of(1, 2), new TreeMap<>(Map.of(1, "integer keys")),
            conditionsOf(Arrays.asList(null, "Ready", 7, Map.of("type", 1, "status", true), Map.of("type", "Ready"))));

    private final HealthAssessor assessor = new HealthAssessor();

    static Stream<Arguments> kindsAndJunk() {
        return KINDS.stream().flatMap(key -> Stream.of("metadata", "spec", "status").flatMap(field ->
                JUNK.stream().map(junk -> Arguments.of(key, field, junk))));
    }

    @ParameterizedTest(name = "{0} with {1} = {2}")
    @MethodSource("kindsAndJunk")
    void junkInAnyTopLevelFieldNeverThrows(ObjectKey key, String field, Object junk) {
        Health health = assessor.assess(key, objectWith(field, junk));

        assertThat(health.status()).isNotNull();
        assertThat(health.message()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} with every status field = {1}")
    @MethodSource("kindsAndEveryLeaf")
    void junkInEveryKnownStatusFieldNeverThrows(ObjectKey key, Object junk) {
        Health health = assessor.assess(key, everyFieldSetTo(junk));

        assertThat(health.status()).isNotNull();
        assertThat(health.message()).isNotBlank();
    }

    static Stream<Arguments> kindsAndEveryLeaf() {
        return KINDS.stream().flatMap(key -> JUNK.stream().map(junk -> Arguments.of(key, junk)));
    }

    @Test
    void wholeNumbersOfAnyNumericTypeAreRead() {
        Map<String, Object> live = deployment(Map.of("replicas", 3L),
                Map.of("observedGeneration", BigInteger.ONE, "replicas", 3.0, "updatedReplicas", (short) 3, "availableReplicas", 3));

        assertThat(assessor.assess(KINDS.get(0), live))
                .isEqualTo(new Health(HealthStatus.HEALTHY, "3 of 3 replicas updated and available"));
    }

    @Test
    void desiredReplicasWrittenAsTextFallBackToOne() {
        Map<String, Object> live = deployment(Map.of("replicas", "3"),
                Map.of("observedGeneration", 1, "replicas", 1, "updatedReplicas", 1, "availableReplicas", 1));

        assertThat(assessor.assess(KINDS.get(0), live).message()).isEqualTo("1 of 1 replicas updated and available");
    }

    @Test
    void conditionEntriesThatAreNotMapsAreSkipped() {
        Map<String, Object> live = objectWith("status", conditionsOf(Arrays.asList(
                "Complete", null, Map.of("type", "Complete", "status", "True"))));

        assertThat(assessor.assess(KINDS.get(3), live).status()).isEqualTo(HealthStatus.HEALTHY);
    }

    @Test
    void conditionStatusOtherThanTrueOrFalseIsNeitherTrueNorFalse() {
        Map<String, Object> live = objectWith("status", conditionsOf(List.of(
                Map.of("type", "Failed", "status", true), Map.of("type", "Complete", "status", "true"))));

        assertThat(assessor.assess(KINDS.get(3), live).status()).isEqualTo(HealthStatus.PROGRESSING);
    }

    private static Map<String, Object> deployment(Map<String, Object> spec, Map<String, Object> status) {
        Map<String, Object> live = new HashMap<>();
        live.put("metadata", Map.of("generation", 1));
        live.put("spec", spec);
        live.put("status", status);
        return live;
    }

    private static Map<String, Object> objectWith(String field, Object value) {
        Map<String, Object> live = new HashMap<>();
        live.put("apiVersion", "v1");
        live.put(field, value);
        return live;
    }

    private static Map<String, Object> conditionsOf(List<?> conditions) {
        Map<String, Object> status = new HashMap<>();
        status.put("conditions", conditions);
        return status;
    }

    /** An object whose every field any check reads holds the same junk value. */
    private static Map<String, Object> everyFieldSetTo(Object junk) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("generation", junk);
        Map<String, Object> rollingUpdate = new HashMap<>();
        rollingUpdate.put("partition", junk);
        Map<String, Object> spec = new HashMap<>();
        for (String name : List.of("replicas", "type", "paused")) {
            spec.put(name, junk);
        }
        spec.put("updateStrategy", new HashMap<>(Map.of("rollingUpdate", rollingUpdate)));
        Map<String, Object> status = new HashMap<>();
        for (String name : List.of("observedGeneration", "replicas", "updatedReplicas", "availableReplicas", "readyReplicas",
                "currentRevision", "updateRevision", "desiredNumberScheduled", "updatedNumberScheduled", "numberAvailable",
                "active", "succeeded", "failed", "loadBalancer")) {
            status.put(name, junk);
        }
        List<Object> conditions = new ArrayList<>();
        for (String type : List.of("Progressing", "Complete", "Failed", "Established", "NamesAccepted", "Ready")) {
            Map<String, Object> condition = new HashMap<>();
            condition.put("type", type);
            condition.put("status", junk);
            condition.put("reason", junk);
            condition.put("message", junk);
            condition.put("observedGeneration", junk);
            conditions.add(condition);
        }
        status.put("conditions", conditions);
        Map<String, Object> live = new HashMap<>();
        live.put("metadata", metadata);
        live.put("spec", spec);
        live.put("status", status);
        return live;
    }
}
