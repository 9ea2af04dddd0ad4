package dev.gantry.bench;

import dev.gantry.pointer.ProjectRef;
import dev.gantry.reconcile.OutcomeRecorder;
import dev.gantry.reconcile.ProjectOutcome;
import dev.gantry.reconcile.SyncContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/** Counts outcomes by result, and tells when one project's outcome for one commit is recorded (in {@link System#nanoTime}). */
final class AppliedSignal implements OutcomeRecorder {

    private record Awaited(String commit, String environment, ProjectRef project, CompletableFuture<Long> recordedAt) {
    }

    private final Map<ProjectOutcome.Result, Integer> counts = new ConcurrentHashMap<>();
    private final AtomicReference<Awaited> awaited = new AtomicReference<>();
    private volatile String firstFailure;

    @Override
    public void record(ProjectOutcome outcome, SyncContext context) {
        long now = System.nanoTime();
        counts.merge(outcome.result(), 1, Integer::sum);
        if (outcome.result() != ProjectOutcome.Result.APPLIED && firstFailure == null) {
            firstFailure = outcome.target().project() + ": " + outcome.message();
        }
        Awaited wanted = awaited.get();
        if (wanted != null && wanted.commit().equals(context.commit()) && wanted.project().equals(outcome.target().project())
                && wanted.environment().equals(outcome.target().environment().name())) {
            wanted.recordedAt().complete(now);
        }
    }

    /** Completes with the time the outcome of {@code project} in {@code environment} at {@code commit} is recorded. */
    CompletableFuture<Long> expect(String commit, String environment, ProjectRef project) {
        Awaited wanted = new Awaited(commit, environment, project, new CompletableFuture<>());
        awaited.set(wanted);
        return wanted.recordedAt();
    }

    /** Outcomes so far by result, and resets the counts. */
    Map<ProjectOutcome.Result, Integer> drainCounts() {
        Map<ProjectOutcome.Result, Integer> copy = new EnumMap<>(ProjectOutcome.Result.class);
        copy.putAll(counts);
        counts.clear();
        return copy;
    }

    /** The first outcome that was not APPLIED, or null. */
    String firstFailure() {
        return firstFailure;
    }
}
