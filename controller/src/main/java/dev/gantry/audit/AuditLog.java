package dev.gantry.audit;

import java.util.List;

/**
 * Where reconcile outcomes are recorded beside the pointer commit that asked for them, so an
 * auditor can read what was applied from git alone.
 */
public interface AuditLog {

    /**
     * Records one outcome on a pointer commit and publishes it. Several records may be made on
     * the same commit; none replaces another.
     *
     * @param pointerCommit the full SHA of the GitOps commit whose pointer was reconciled
     * @param record what happened
     * @throws AuditUnavailableException when the record could not be published; it is kept and
     *     published with the next record
     */
    default void record(String pointerCommit, AuditRecord record) {
        recordAll(pointerCommit, List.of(record));
    }

    /**
     * Records several outcomes on one pointer commit and publishes them together: one write and
     * one publication, however many records, so a sync of many projects costs one push.
     *
     * @param pointerCommit the full SHA of the GitOps commit whose pointers were reconciled
     * @param records what happened, in order
     * @throws AuditUnavailableException when the records could not be published; they are kept and
     *     published with the next records
     */
    void recordAll(String pointerCommit, List<AuditRecord> records);

    /**
     * Every record made on a commit, by any controller that published it, sorted by start time.
     *
     * @param commit the full SHA of a GitOps commit
     * @return the records, empty when there are none
     * @throws AuditUnavailableException when the records cannot be read
     */
    List<AuditRecord> recordsFor(String commit);
}
