package dev.gantry.reconcile;

import dev.gantry.pointer.DocumentInvalidException;
import dev.gantry.pointer.Environment;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.pointer.Problem;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Outcomes for projects the pipeline never reached, such as an invalid pointer file. */
final class ProjectOutcomes {

    private ProjectOutcomes() {
    }

    /** Refused before anything was applied, such as for missing approvals: nothing is applied or pruned. */
    static ProjectOutcome refused(ProjectTarget target, String why) {
        Instant now = Instant.now();
        return new ProjectOutcome(target, ProjectOutcome.Result.REFUSED, null, List.of(), List.of(), null,
                "refused, nothing applied: " + why, now, now);
    }

    /** A check before apply could not be made: nothing is applied or pruned, and the project is retried. */
    static ProjectOutcome failed(ProjectTarget target, String why) {
        Instant now = Instant.now();
        return new ProjectOutcome(target, ProjectOutcome.Result.FAILED, null, List.of(), List.of(), null, why, now, now);
    }

    /** The environment's auto sync is off: the change is recorded as waiting, and nothing is applied or pruned. */
    static ProjectOutcome outOfSync(ProjectTarget target) {
        Instant now = Instant.now();
        String waiting = target.removed() ? "pointer deleted, nothing pruned"
                : "release " + target.pointer().shortRelease() + " not applied";
        return new ProjectOutcome(target, ProjectOutcome.Result.OUT_OF_SYNC, null, List.of(), List.of(), null,
                "auto sync is off in environment " + target.environment().name() + ": " + waiting
                        + " (set sync.auto: true to apply; there is no manual sync yet)", now, now);
    }

    /**
     * A Java Error stopped the project's reconcile, such as a StackOverflowError: the project is
     * failed, naming the error, and retried; whatever was applied before it stays, and nothing more is.
     */
    static ProjectOutcome stopped(Environment environment, ProjectRef project, String commit, Error error) {
        Instant now = Instant.now();
        ProjectTarget target = new ProjectTarget(environment, project, null, new TreeMap<>(), null, commit);
        return new ProjectOutcome(target, ProjectOutcome.Result.FAILED, null, List.of(), List.of(), null,
                "reconcile stopped by " + SurvivableErrors.describe(error), now, now);
    }

    /** The pointer file does not validate: nothing is applied or pruned, and the problems are the message. */
    static ProjectOutcome invalidPointer(Environment environment, ProjectRef project, String commit, DocumentInvalidException e) {
        Instant now = Instant.now();
        ProjectTarget target = new ProjectTarget(environment, project, null, new TreeMap<>(), null, commit);
        String problems = e.problems().stream().map(Problem::render).collect(Collectors.joining("; "));
        return new ProjectOutcome(target, ProjectOutcome.Result.REFUSED, null, List.of(), List.of(), null,
                "invalid pointer, nothing applied: " + problems, now, now);
    }
}
