package dev.gantry.reconcile;

import dev.gantry.audit.AuditLog;
import dev.gantry.audit.AuditRecord;
import dev.gantry.audit.AuditResult;
import dev.gantry.audit.AuditedObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Writes outcomes to the audit log as notes on the commit they were reconciled at: collected as
 * they come, and published together, commit by commit, when the recorders are flushed (see
 * {@link OutcomeRecorders}), so a burst of outcomes costs one push per commit.
 */
public final class AuditRecorder implements OutcomeRecorder {

    private final AuditLog log;
    private final String controllerVersion;
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();

    /** Records into {@code log}, stamping each record with the controller's version. */
    public AuditRecorder(AuditLog log, String controllerVersion) {
        this.log = log;
        this.controllerVersion = controllerVersion;
    }

    @Override
    public void record(ProjectOutcome outcome, SyncContext context) {
        if (outcome.result() == ProjectOutcome.Result.OUT_OF_SYNC) {
            return;
        }
        ProjectTarget target = outcome.target();
        List<AuditedObject> applied = outcome.applied().stream().map(object -> new AuditedObject(object.key().apiVersion(),
                object.key().kind(), object.key().namespace(), object.key().name(), object.uid(), object.resourceVersion()))
                .toList();
        pending.add(new Pending(context.commit(), new AuditRecord(target.environment().name(), target.project().repository(),
                target.project().project(), target.pointer() == null ? null : target.pointer().release(), outcome.digest(),
                applied, result(outcome.result()), outcome.message(), outcome.startedAt(), outcome.finishedAt(),
                controllerVersion)));
    }

    @Override
    public void flush() {
        Map<String, List<AuditRecord>> byCommit = new LinkedHashMap<>();
        for (Pending next = pending.poll(); next != null; next = pending.poll()) {
            byCommit.computeIfAbsent(next.commit(), commit -> new ArrayList<>()).add(next.record());
        }
        byCommit.forEach(log::recordAll);
    }

    /** A record and the commit it belongs on. */
    private record Pending(String commit, AuditRecord record) {
    }

    private static AuditResult result(ProjectOutcome.Result result) {
        return switch (result) {
            case APPLIED, PRUNED -> AuditResult.APPLIED;
            case PROGRESSING -> AuditResult.PROGRESSING;
            case REFUSED -> AuditResult.REFUSED;
            case UNHEALTHY, FAILED -> AuditResult.FAILED;
            case OUT_OF_SYNC -> throw new IllegalArgumentException("nothing was applied: not an audit record");
        };
    }
}
