package dev.gantry.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.deploy.AppliedObject;
import dev.gantry.deploy.Health;
import dev.gantry.deploy.HealthStatus;
import dev.gantry.deploy.ObjectKey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusStoreTest {

    private static final String RELEASE = "1".repeat(40);
    private static final Instant APPLIED_AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant HEALTHY_AT = Instant.parse("2026-12-01T10:01:00Z");
    private static final ObjectKey WEB = new ObjectKey("apps/v1", "Deployment", "hello-dev", "web");

    private final StatusStore statuses = new StatusStore();
    private final SyncContext context = new SyncContext("a".repeat(40), APPLIED_AT, SyncMode.CHANGES);
    private final ProjectTarget target = new ReleaseFixtures(java.nio.file.Path.of("unused"))
            .target(ReleaseFixtures.environment(true, List.of()), RELEASE, null);

    @Test
    void showsAppliedThenHealthyAndKeepsTheApplyTime() {
        ProjectOutcome progressing = new ProjectOutcome(target, ProjectOutcome.Result.PROGRESSING, "sha256:d",
                List.of(new AppliedObject(WEB, "uid", "7")), List.of(), new Health(HealthStatus.PROGRESSING, "0 of 1 ready"),
                "applied 1 objects", APPLIED_AT, APPLIED_AT);
        statuses.record(progressing, context);
        assertThat(statuses.project("dev", ReleaseFixtures.PROJECT)).hasValueSatisfying(status -> {
            assertThat(status.phase()).isEqualTo("PROGRESSING");
            assertThat(status.appliedRelease()).isEqualTo(RELEASE);
            assertThat(status.health()).isEqualTo("PROGRESSING");
        });

        statuses.record(progressing.settled(new Health(HealthStatus.HEALTHY, "1 objects healthy"), HEALTHY_AT), context);

        assertThat(statuses.project("dev", ReleaseFixtures.PROJECT)).hasValueSatisfying(status -> {
            assertThat(status.phase()).isEqualTo("APPLIED");
            assertThat(status.health()).isEqualTo("HEALTHY");
            assertThat(status.digest()).isEqualTo("sha256:d");
            assertThat(status.lastAppliedAt()).isEqualTo(APPLIED_AT);
            assertThat(status.lastReconciledAt()).isEqualTo(HEALTHY_AT);
        });
    }

    @Test
    void aReleaseThatTimesOutIsUnhealthyNamingTheHealthStep() {
        ProjectOutcome progressing = new ProjectOutcome(target, ProjectOutcome.Result.PROGRESSING, "sha256:d",
                List.of(new AppliedObject(WEB, "uid", "7")), List.of(), new Health(HealthStatus.PROGRESSING, "0 of 1 ready"),
                "applied 1 objects", APPLIED_AT, APPLIED_AT);

        ProjectOutcome settled = progressing.settled(new Health(HealthStatus.PROGRESSING, "not healthy within 600s"), HEALTHY_AT);
        statuses.record(settled, context);

        assertThat(settled.result()).isEqualTo(ProjectOutcome.Result.UNHEALTHY);
        assertThat(settled.step()).isEqualTo(ProjectOutcome.Step.HEALTH);
        assertThat(settled.released()).containsExactly(WEB);
        assertThat(statuses.project("dev", ReleaseFixtures.PROJECT)).hasValueSatisfying(status ->
                assertThat(status.lastError()).isEqualTo("unhealthy: not healthy within 600s"));
    }
}
