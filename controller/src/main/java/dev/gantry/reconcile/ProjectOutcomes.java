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

    /** The pointer file does not validate: nothing is applied or pruned, and the problems are the message. */
    static ProjectOutcome invalidPointer(Environment environment, ProjectRef project, String commit, DocumentInvalidException e) {
        Instant now = Instant.now();
        ProjectTarget target = new ProjectTarget(environment, project, null, new TreeMap<>(), null, commit);
        String problems = e.problems().stream().map(Problem::render).collect(Collectors.joining("; "));
        return new ProjectOutcome(target, ProjectOutcome.Result.REFUSED, null, List.of(), List.of(), null,
                "invalid pointer, nothing applied: " + problems, now, now);
    }
}
