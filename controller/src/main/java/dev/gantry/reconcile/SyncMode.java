package dev.gantry.reconcile;

/** What a sync reconciles. */
public enum SyncMode {

    /** What changed since the last reconciled commit (the first sync is full). */
    CHANGES,

    /** Every environment and project, correcting drift (start-up, becoming leader). */
    FULL,

    /**
     * The periodic resync: what changed, plus every environment that sets no {@code sync.interval}
     * of its own. (Every mode also resyncs environments whose own interval has passed.)
     */
    RESYNC
}
