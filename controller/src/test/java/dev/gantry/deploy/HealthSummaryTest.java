package dev.gantry.deploy;

import static dev.gantry.deploy.HealthStatus.DEGRADED;
import static dev.gantry.deploy.HealthStatus.HEALTHY;
import static dev.gantry.deploy.HealthStatus.PROGRESSING;
import static dev.gantry.deploy.HealthStatus.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A release is as healthy as its worst object, and keeps every object's own health. */
class HealthSummaryTest {

    private static final ObjectHealth CONFIG = object("v1", "ConfigMap", "config", HEALTHY, "exists");
    private static final ObjectHealth WEB = object("apps/v1", "Deployment", "web", PROGRESSING, "2 of 3 replicas updated");
    private static final ObjectHealth MIGRATE = object("batch/v1", "Job", "migrate", DEGRADED, "job failed: BackoffLimitExceeded");
    private static final ObjectHealth WIDGET = object("example.com/v1", "Widget", "blue", UNKNOWN, "exists; no Ready condition");

    @Test
    void degradedObjectMakesTheReleaseDegradedWhateverElseIsProgressing() {
        assertThat(new HealthSummary(List.of(CONFIG, WEB, MIGRATE)).status()).isEqualTo(DEGRADED);
    }

    @Test
    void progressingObjectMakesTheReleaseProgressing() {
        assertThat(new HealthSummary(List.of(CONFIG, WEB, WIDGET)).status()).isEqualTo(PROGRESSING);
    }

    @Test
    void unknownObjectsCountAsHealthy() {
        assertThat(new HealthSummary(List.of(WIDGET, CONFIG)).status()).isEqualTo(HEALTHY);
        assertThat(new HealthSummary(List.of(WIDGET)).status()).isEqualTo(HEALTHY);
    }

    @Test
    void releaseWithoutObjectsIsHealthy() {
        HealthSummary summary = new HealthSummary(List.of());

        assertThat(summary.status()).isEqualTo(HEALTHY);
        assertThat(summary.message()).isEqualTo("no objects");
    }

    @Test
    void keepsEveryObjectInTheOrderGivenAndIgnoresLaterChangesToTheList() {
        List<ObjectHealth> objects = new ArrayList<>(List.of(MIGRATE, CONFIG, WEB));
        HealthSummary summary = new HealthSummary(objects);
        objects.clear();

        assertThat(summary.objects()).containsExactly(MIGRATE, CONFIG, WEB);
    }

    @Test
    void messageCountsEachStatusWorstFirstAndNamesTheFirstWorstObject() {
        HealthSummary summary = new HealthSummary(List.of(CONFIG, WEB, WIDGET, MIGRATE, CONFIG));

        assertThat(summary.message()).isEqualTo("1 degraded, 1 progressing, 2 healthy, 1 unknown: "
                + "Job shop/migrate (batch/v1): job failed: BackoffLimitExceeded");
    }

    @Test
    void healthyMessageOnlyCounts() {
        assertThat(new HealthSummary(List.of(CONFIG, WIDGET)).message()).isEqualTo("1 healthy, 1 unknown");
    }

    private static ObjectHealth object(String apiVersion, String kind, String name, HealthStatus status, String message) {
        return new ObjectHealth(new ObjectKey(apiVersion, kind, "shop", name), new Health(status, message));
    }
}
