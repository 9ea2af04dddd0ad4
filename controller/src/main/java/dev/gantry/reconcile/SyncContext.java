package dev.gantry.reconcile;

import java.time.Instant;

/**
 * The sync an outcome belongs to.
 *
 * @param commit the GitOps repository commit reconciled
 * @param commitTime when that commit was made, for commit-to-applied latency
 * @param mode what the sync covered
 */
public record SyncContext(String commit, Instant commitTime, SyncMode mode) {
}
