package dev.gantry.reconcile;

/** Receives every reconcile outcome once: status, audit, metrics and events each implement it. */
@FunctionalInterface
public interface OutcomeRecorder {

    /**
     * Records one outcome; a recorder's failure is its own and must not stop the others.
     *
     * @param outcome what the reconcile did
     * @param context the sync it belonged to
     */
    void record(ProjectOutcome outcome, SyncContext context);

    /**
     * Called once after every outcome of a sync was recorded, to publish what was batched.
     *
     * @param context the sync that ended
     */
    default void flush(SyncContext context) {
        // most recorders publish each outcome as it comes
    }
}
