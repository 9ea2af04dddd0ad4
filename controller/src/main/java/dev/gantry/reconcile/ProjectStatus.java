package dev.gantry.reconcile;

import java.time.Instant;

/**
 * The status API's view of one project in one environment.
 *
 * @param environment the environment
 * @param repository the project's repository
 * @param project the project
 * @param desiredRelease the release the pointer names, or null when the pointer was deleted
 * @param appliedRelease the release last applied successfully, or null
 * @param digest the release manifest digest last applied, or null
 * @param phase how the last reconcile ended
 * @param health the health after the last apply, or null
 * @param lastError the last failure or refusal, why the release is unhealthy, or why nothing was applied ({@code OUT_OF_SYNC}), or null when
 *     the last reconcile succeeded
 * @param lastReconciledAt when the last reconcile ended
 * @param lastAppliedAt when the release was last applied
 */
public record ProjectStatus(String environment, String repository, String project, String desiredRelease,
        String appliedRelease, String digest, String phase, String health, String lastError,
        Instant lastReconciledAt, Instant lastAppliedAt) {
}
