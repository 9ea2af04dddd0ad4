package dev.gantry.reconcile;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Publishes {@code gantry_reconcile_duration_seconds} per environment and result, and
 * {@code gantry_commit_to_applied_seconds}: from the GitOps commit to its release applied.
 */
public final class MetricsRecorder implements OutcomeRecorder {

    private final MeterRegistry meters;

    /** Records into the given registry. */
    public MetricsRecorder(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void record(ProjectOutcome outcome, SyncContext context) {
        String environment = outcome.target().environment().name();
        Timer.builder("gantry.reconcile.duration")
                .description("Time to reconcile one project")
                .tags("environment", environment, "result", outcome.result().name().toLowerCase())
                .publishPercentileHistogram()
                .register(meters)
                .record(Duration.between(outcome.startedAt(), outcome.finishedAt()));
        if (outcome.result() == ProjectOutcome.Result.APPLIED) {
            Timer.builder("gantry.commit.to.applied")
                    .description("Time from the GitOps commit to its release applied and healthy")
                    .tags("environment", environment)
                    .publishPercentileHistogram()
                    .register(meters)
                    .record(Duration.between(context.commitTime(), outcome.finishedAt()).abs());
        }
    }
}
