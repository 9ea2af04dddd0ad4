package dev.gantry.promotion;

import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.pointer.ReleasePointer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * {@code gantry rollback}: writes an earlier value of a pointer back, found in the pointer's own
 * history (across renames), on a new branch, in one commit that changes only that pointer.
 */
public final class Reverter {

    private final GitOpsWorkspace workspace;
    private final DeploymentRecords records;
    private final Clock clock;
    private final HeadDocuments documents;

    /** Rolls back in {@code workspace}, reading health from {@code records}, timing with {@code clock}. */
    public Reverter(GitOpsWorkspace workspace, DeploymentRecords records, Clock clock) {
        this.workspace = workspace;
        this.records = records;
        this.clock = clock;
        this.documents = new HeadDocuments(workspace);
    }

    /**
     * Rolls back, or refuses.
     *
     * @throws PromotionRefusedException when there is no such earlier value, or it never ran healthy here without an override
     */
    public CommitResult rollback(RollbackRequest request) {
        String environment = request.environment();
        documents.environment(environment);
        String path = GitOpsLayout.pointerPath(environment, request.project());
        String text = documents.requiredPointerText(environment, request.project());
        ReleasePointer current = documents.parse(environment, request.project(), text);
        List<PointerChange> history = workspace.history().changes(environment, request.project());
        PointerChange chosen = request.target().choose(history, current.release())
                .orElseThrow(() -> new PromotionRefusedException("no earlier release of " + request.project() + " in "
                        + environment + " matches " + request.target().describe() + " (" + history.size()
                        + " change(s) in its history)"));
        ReleasePointer target = chosen.pointer();
        if (request.override().isEmpty() && !records.healthy(environment, request.project(), target.release(), history)) {
            throw new PromotionRefusedException("release " + target.shortRelease() + " of " + request.project()
                    + " was never deployed healthy in " + environment + " (no APPLIED record in refs/notes/gantry); "
                    + "pass --force REASON to roll back to it anyway");
        }
        workspace.requireUnchanged(path);
        Identity identity = workspace.identity();
        Instant now = clock.instant();
        CommitMessage message = CommitMessage.rollback(request.project(), environment, current.release(), target.release(),
                "Roll " + request.project() + " in " + environment + " back to the release set by " + chosen.shortCommit()
                        + " (" + chosen.subject() + ")." + request.override().map(r -> "\nPolicy overridden: " + r).orElse(""),
                request.override());
        String branch = request.branch().orElse("rollback/" + environment + "/" + request.project().repository() + "-"
                + request.project().project() + "-" + target.shortRelease());
        String commit = workspace.commit(new PointerCommit(path, PointerEdit.pointAt(path, text, target, identity.email(), now),
                message, identity, now, branch, BranchMode.NEW_BRANCH));
        return new CommitResult(commit, branch, path, target.release(), message);
    }
}
