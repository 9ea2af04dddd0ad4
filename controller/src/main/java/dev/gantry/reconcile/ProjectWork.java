package dev.gantry.reconcile;

import dev.gantry.pointer.Environment;
import dev.gantry.source.GitOpsDocuments;
import java.time.Instant;

/** What the work queue runs for one project: a reconcile at a commit, or a later look at its health. */
sealed interface ProjectWork permits ProjectWork.Reconcile, ProjectWork.AssessHealth {

    /** The sync this work belongs to. */
    SyncContext context();

    /**
     * Reconcile the project as the repository holds it at a commit.
     *
     * @param documents the repository's documents at that commit
     * @param environment the environment, as read at that commit
     * @param context the sync
     */
    record Reconcile(GitOpsDocuments documents, Environment environment, SyncContext context) implements ProjectWork {
    }

    /**
     * Judge the health of a release applied earlier, until it is known or the deadline passes.
     *
     * @param applied the outcome of the apply
     * @param deadline when the release counts as unhealthy if it has not become healthy
     * @param context the sync of the apply
     */
    record AssessHealth(ProjectOutcome applied, Instant deadline, SyncContext context) implements ProjectWork {
    }
}
