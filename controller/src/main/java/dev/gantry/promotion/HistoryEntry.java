package dev.gantry.promotion;

import dev.gantry.audit.AuditRecord;
import dev.gantry.pointer.ProjectRef;
import java.util.List;

/**
 * One line of {@code gantry history}: a change to a pointer, what kind it was, and what the
 * controller recorded after deploying it.
 *
 * @param change the commit and the pointer it left
 * @param kind promote, rollback, approve or manual
 * @param deployments the controller's records on that commit for this pointer, oldest first
 */
public record HistoryEntry(PointerChange change, ChangeKind kind, List<AuditRecord> deployments) {

    /** Copies the records so the record stays immutable. */
    public HistoryEntry {
        deployments = List.copyOf(deployments);
    }

    /**
     * The history of one pointer with its deployment records, newest first.
     *
     * @param history where the changes come from
     * @param records where the deployment records come from
     */
    public static List<HistoryEntry> of(PointerHistory history, DeploymentRecords records, String environment,
            ProjectRef project) {
        return history.changes(environment, project).stream()
                .map(change -> new HistoryEntry(change, ChangeKind.of(change), records.on(change, environment, project)))
                .toList();
    }
}
