package dev.gantry.bench;

import dev.gantry.pointer.ProjectRef;
import dev.gantry.reconcile.OutcomeRecorder;
import dev.gantry.reconcile.ProjectOutcome;
import dev.gantry.reconcile.ProjectOutcome.Result;
import dev.gantry.reconcile.SyncContext;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts outcomes by result, and tells when one project's outcome for one commit is recorded (in
 * {@link System#nanoTime}) with the result awaited: APPLIED (applied and healthy) unless said otherwise.
 */
final class AppliedSignal implements OutcomeRecorder {

    /** Results that are not failures: a release still progressing is assessed later, a pruned pointer is done. */
    private static final Set<Result> NOT_FAILED = EnumSet.of(Result.APPLIED, Result.PROGRESSING, Result.PRUNED);

    private record Awaited(String commit, String environment, ProjectRef project, Result result,
            CompletableFuture<Long> recordedAt) {

        boolean matches(ProjectOutcome outcome, SyncContext context) {
            return commit.equals(context.commit()) && project.equals(outcome.target().project())
                    && environment.equals(outcome.target().environment().name()) && result == outcome.result();
        }
    }

    private final Map<Result, Integer> counts = new ConcurrentHashMap<>();
    private final AtomicReference<Awaited> awaited = new AtomicReference<>();
    private volatile String firstFailure;

    @Override
    public void record(ProjectOutcome outcome, SyncContext context) {
        long now = System.nanoTime();
        counts.merge(outcome.result(), 1, Integer::sum);
        if (!NOT_FAILED.contains(outcome.result()) && firstFailure == null) {
            firstFailure = outcome.target().project() + " " + outcome.result() + ": " + outcome.message();
        }
        Awaited wanted = awaited.get();
        if (wanted != null && wanted.matches(outcome, context)) {
            wanted.recordedAt().complete(now);
        }
    }

    /** Completes with the time {@code project} in {@code environment} at {@code commit} is recorded APPLIED. */
    CompletableFuture<Long> expect(String commit, String environment, ProjectRef project) {
        return expect(commit, environment, project, Result.APPLIED);
    }

    /** Completes with the time {@code project} in {@code environment} at {@code commit} is recorded with {@code result}. */
    CompletableFuture<Long> expect(String commit, String environment, ProjectRef project, Result result) {
        Awaited wanted = new Awaited(commit, environment, project, result, new CompletableFuture<>());
        awaited.set(wanted);
        return wanted.recordedAt();
    }

    /** Outcomes so far by result, and resets the counts. */
    Map<Result, Integer> drainCounts() {
        Map<Result, Integer> copy = new EnumMap<>(Result.class);
        copy.putAll(counts);
        counts.clear();
        return copy;
    }

    /** The first outcome that failed (neither APPLIED, PROGRESSING nor PRUNED), or null. */
    String firstFailure() {
        return firstFailure;
    }
}
