package dev.gantry.promotion;

import dev.gantry.audit.AuditLog;
import dev.gantry.audit.AuditRecord;
import dev.gantry.audit.AuditResult;
import dev.gantry.pointer.ProjectRef;
import java.util.List;

/**
 * The controller's deployment records (git notes) on the commits of a pointer's history: the
 * evidence that a release ran healthy in an environment.
 */
public final class DeploymentRecords {

    private final AuditLog audit;

    /** Reads records from {@code audit}. */
    public DeploymentRecords(AuditLog audit) {
        this.audit = audit;
    }

    /** The records on one change's commit that are about this project in this environment, oldest first. */
    public List<AuditRecord> on(PointerChange change, String environment, ProjectRef project) {
        return audit.recordsFor(change.commit()).stream()
                .filter(record -> record.environment().equals(environment))
                .filter(record -> record.repository().equals(project.repository()) && record.project().equals(project.project()))
                .toList();
    }

    /**
     * Whether a release ran healthy in an environment: a record with result {@code APPLIED} for
     * that release, on one of the commits of the pointer's history that set that release.
     *
     * @param history the pointer's history in {@code environment}
     */
    public boolean healthy(String environment, ProjectRef project, String release, List<PointerChange> history) {
        return history.stream()
                .filter(change -> change.release().filter(release::equals).isPresent())
                .flatMap(change -> on(change, environment, project).stream())
                .anyMatch(record -> record.release().equals(release) && record.result() == AuditResult.APPLIED);
    }
}
