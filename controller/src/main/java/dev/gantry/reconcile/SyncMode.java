package dev.gantry.reconcile;

/** What a sync reconciles. */
public enum SyncMode {

    /** Only what changed since the last reconciled commit (the first sync is full). */
    CHANGES,

    /** Every environment and project, correcting drift. */
    FULL
}
