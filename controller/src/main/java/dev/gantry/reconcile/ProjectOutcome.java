package dev.gantry.reconcile;

import dev.gantry.deploy.AppliedObject;
import dev.gantry.deploy.Health;
import dev.gantry.deploy.ObjectKey;
import java.time.Instant;
import java.util.List;

/**
 * What one reconcile of one project did: the value the pipeline returns and the recorder writes.
 *
 * @param target what was reconciled
 * @param result how it ended
 * @param digest the release manifest digest applied, or null
 * @param applied the objects applied, with uid and resource version
 * @param pruned the objects deleted because the release no longer holds them
 * @param health the release's health after applying, or null when nothing was applied
 * @param message why, for people: the error, the refusal, or a summary
 * @param startedAt when the reconcile started
 * @param finishedAt when it ended
 */
public record ProjectOutcome(ProjectTarget target, Result result, String digest, List<AppliedObject> applied,
        List<ObjectKey> pruned, Health health, String message, Instant startedAt, Instant finishedAt) {

    /** Copies the lists so the record stays immutable. */
    public ProjectOutcome {
        applied = List.copyOf(applied);
        pruned = List.copyOf(pruned);
    }

    /** How a reconcile ended. */
    public enum Result {
        /** Applied and healthy within the timeout. */
        APPLIED,
        /** Applied, but not healthy within the timeout, or degraded. */
        UNHEALTHY,
        /** The pointer was deleted and its objects were pruned. */
        PRUNED,
        /** Refused before anything was applied: confinement or policy. Needs a change to the repository. */
        REFUSED,
        /** An external system or the release failed; nothing was pruned. Retried later. */
        FAILED,
        /** The environment's {@code sync.auto} is off: planned and recorded, but nothing applied or pruned. */
        OUT_OF_SYNC
    }
}
