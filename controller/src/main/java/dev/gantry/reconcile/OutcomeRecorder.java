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

    /** Publishes what was batched since the last call; called shortly after outcomes are recorded. */
    default void flush() {
        // most recorders publish each outcome as it comes
    }
}
