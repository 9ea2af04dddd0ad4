package dev.gantry.reconcile;

/** Asks the controller to fetch the GitOps repository and reconcile what changed, soon. */
@FunctionalInterface
public interface SyncTrigger {

    /**
     * Requests a sync; requests that arrive while one is pending are coalesced.
     *
     * @param reason why, for the log: {@code poll}, {@code webhook github}, ...
     */
    void requestSync(String reason);
}
