package dev.gantry.reconcile;

import dev.gantry.deploy.AppliedObject;
import dev.gantry.deploy.Health;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.failure.Disposition;
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
 * @param step the step that failed or refused, or null when none did
 * @param released the release's objects, whose health decides how an applied release ends
 * @param disposition what would fix a failed or refused outcome, or null when nothing failed
 */
public record ProjectOutcome(ProjectTarget target, Result result, String digest, List<AppliedObject> applied,
        List<ObjectKey> pruned, Health health, String message, Instant startedAt, Instant finishedAt, Step step,
        List<ObjectKey> released, Disposition disposition) {

    /** Copies the lists so the record stays immutable. */
    public ProjectOutcome {
        applied = List.copyOf(applied);
        pruned = List.copyOf(pruned);
        released = List.copyOf(released);
    }

    /** An outcome no step of which failed, whose release is what it applied. */
    public ProjectOutcome(ProjectTarget target, Result result, String digest, List<AppliedObject> applied,
            List<ObjectKey> pruned, Health health, String message, Instant startedAt, Instant finishedAt) {
        this(target, result, digest, applied, pruned, health, message, startedAt, finishedAt, null,
                applied.stream().map(AppliedObject::key).toList(),
                result == Result.REFUSED ? Disposition.REFUSED : result == Result.FAILED ? Disposition.UNAVAILABLE : null);
    }

    /** This outcome, as it ended once the release's health was known. */
    public ProjectOutcome settled(Health settled, Instant at) {
        Result ended = settled.status() == dev.gantry.deploy.HealthStatus.HEALTHY
                || settled.status() == dev.gantry.deploy.HealthStatus.UNKNOWN ? Result.APPLIED : Result.UNHEALTHY;
        return new ProjectOutcome(target, ended, digest, List.of(), List.of(), settled,
                (ended == Result.APPLIED ? "healthy: " : "unhealthy: ") + settled.message(), startedAt, at,
                ended == Result.APPLIED ? null : Step.HEALTH, released, null);
    }

    /** How a reconcile ended. */
    public enum Result {
        /** Applied and healthy within the timeout. */
        APPLIED,
        /** Applied; health is not known yet, and a later outcome says how it ended. */
        PROGRESSING,
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

    /** The steps of a reconcile, in order; a failed or refused outcome names the one it stopped at. */
    public enum Step {
        /** Reading the pointer and its approvals, and pulling the release. */
        FETCH,
        /** Parsing, patching and ordering the release's manifests. */
        RENDER,
        /** Checking that the release stays inside its environment and project. */
        CONFINE,
        /** The server-side dry run of the whole release. */
        DRY_RUN,
        /** Applying the release's objects and its inventory. */
        APPLY,
        /** Deleting what the previous release applied and this one does not. */
        PRUNE,
        /** Waiting for the applied release to become healthy. */
        HEALTH;

        /** The step's name as messages and records spell it, such as {@code dry run}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }
}
