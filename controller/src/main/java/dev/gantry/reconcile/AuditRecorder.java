package dev.gantry.reconcile;

import dev.gantry.audit.AuditLog;
import dev.gantry.audit.AuditRecord;
import dev.gantry.audit.AuditResult;
import dev.gantry.audit.AuditedObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Writes the outcomes of a sync to the audit log as a note on the commit they were reconciled at:
 * collected as they come, published together when the sync ends, so a sync costs one push.
 */
public final class AuditRecorder implements OutcomeRecorder {

    private final AuditLog log;
    private final String controllerVersion;
    private final Queue<AuditRecord> pending = new ConcurrentLinkedQueue<>();

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
        pending.add(new AuditRecord(target.environment().name(), target.project().repository(),
                target.project().project(), target.pointer() == null ? null : target.pointer().release(), outcome.digest(),
                applied, result(outcome.result()), outcome.message(), outcome.startedAt(), outcome.finishedAt(),
                controllerVersion));
    }

    @Override
    public void flush(SyncContext context) {
        List<AuditRecord> records = new ArrayList<>();
        for (AuditRecord record = pending.poll(); record != null; record = pending.poll()) {
            records.add(record);
        }
        log.recordAll(context.commit(), records);
    }

    private static AuditResult result(ProjectOutcome.Result result) {
        return switch (result) {
            case APPLIED, PRUNED -> AuditResult.APPLIED;
            case REFUSED -> AuditResult.REFUSED;
            case UNHEALTHY, FAILED -> AuditResult.FAILED;
            case OUT_OF_SYNC -> throw new IllegalArgumentException("nothing was applied: not an audit record");
        };
    }
}
