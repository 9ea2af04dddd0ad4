package dev.gantry.promotion;

import dev.gantry.pointer.Environment;
import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.pointer.ReleasePointer;
import java.time.Clock;
import java.time.Instant;

/**
 * {@code gantry approve}: records the approver's approval of a pointer on the branch checked out
 * (normally the promotion branch), in one commit carrying an {@code Approved-by:} trailer, signed
 * when git's config asks for it.
 */
public final class Approver {

    private final GitOpsWorkspace workspace;
    private final Clock clock;
    private final HeadDocuments documents;

    /** Approves in {@code workspace}, timing with {@code clock}. */
    public Approver(GitOpsWorkspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        this.documents = new HeadDocuments(workspace);
    }

    /**
     * Approves, or refuses.
     *
     * @throws PromotionRefusedException when the environment needs no approval, or the committer is not one of its approvers
     */
    public CommitResult approve(ProjectRef project, String environment) {
        Environment.Approval policy = documents.environment(environment).approval();
        if (!policy.required()) {
            throw new PromotionRefusedException(environment + " does not require approval (spec.approval.required is not "
                    + "true in " + GitOpsLayout.environmentPath(environment) + "): there is nothing to approve");
        }
        Identity identity = workspace.identity();
        if (!policy.approvers().contains(identity.email())) {
            throw new PromotionRefusedException(identity.email() + " is not an approver of " + environment
                    + "; approvers: " + String.join(", ", policy.approvers()));
        }
        String path = GitOpsLayout.pointerPath(environment, project);
        String text = documents.requiredPointerText(environment, project);
        ReleasePointer pointer = documents.parse(environment, project, text);
        workspace.requireUnchanged(path);
        String branch = workspace.currentBranch();
        Instant now = clock.instant();
        CommitMessage message = CommitMessage.approve(project, environment, pointer.release(),
                identity.email() + " approves release " + pointer.shortRelease() + " of " + project + " in " + environment + ".",
                identity.nameAndEmail());
        String commit = workspace.commit(new PointerCommit(path, PointerEdit.approve(path, text, identity.email(), now),
                message, identity, now, branch, BranchMode.CURRENT_BRANCH));
        return new CommitResult(commit, branch, path, pointer.release(), message);
    }
}
