package dev.gantry.demo.jgit;

import dev.gantry.audit.gitnotes.LocalGitNotesAuditLog;
import dev.gantry.demo.Actor;
import dev.gantry.demo.DemoFailedException;
import dev.gantry.demo.PromotionSteps;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.promotion.Approver;
import dev.gantry.promotion.CommitResult;
import dev.gantry.promotion.DeploymentRecords;
import dev.gantry.promotion.HealthRule;
import dev.gantry.promotion.HistoryEntry;
import dev.gantry.promotion.PromoteRequest;
import dev.gantry.promotion.Promoter;
import dev.gantry.promotion.Reverter;
import dev.gantry.promotion.RollbackRequest;
import dev.gantry.promotion.RollbackTarget;
import dev.gantry.promotion.jgit.JGitGitOpsWorkspace;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jgit.lib.StoredConfig;

/**
 * The demo's promotion steps through the same services as {@code gantry promote}, {@code approve},
 * {@code rollback} and {@code history} (with their policies: healthy in A, approvers), in the GitOps
 * clone, as each actor: the clone's {@code user.name} and {@code user.email} are set first, as the
 * person at the terminal would have them, and commit signing is off (the demo's people have no keys).
 */
final class CommandPromotionSteps implements PromotionSteps {

    private final Path clone;
    private final Clock clock;

    CommandPromotionSteps(Path clone, Clock clock) {
        this.clone = clone;
        this.clock = clock;
    }

    @Override
    public PointerCommitMade promote(ProjectRef project, String from, String to, Actor developer) {
        return as(developer, workspace -> new Promoter(workspace, records(workspace), clock).promote(new PromoteRequest(
                project, from, to, Optional.empty(), Optional.empty(), HealthRule.REQUIRE_HEALTHY)));
    }

    @Override
    public PointerCommitMade approve(ProjectRef project, String environment, Actor approver) {
        return as(approver, workspace -> new Approver(workspace, clock).approve(project, environment));
    }

    @Override
    public PointerCommitMade rollback(ProjectRef project, String environment, String release, Actor developer) {
        return as(developer, workspace -> new Reverter(workspace, records(workspace), clock).rollback(new RollbackRequest(
                project, environment, RollbackTarget.sha(release), Optional.empty(), Optional.empty())));
    }

    @Override
    public List<HistoryEntry> history(ProjectRef project, String environment) {
        try (JGitGitOpsWorkspace workspace = JGitGitOpsWorkspace.open(clone)) {
            return HistoryEntry.of(workspace.history(), records(workspace), environment, project);
        }
    }

    private PointerCommitMade as(Actor actor, Function<JGitGitOpsWorkspace, CommitResult> step) {
        try (JGitGitOpsWorkspace workspace = JGitGitOpsWorkspace.open(clone)) {
            StoredConfig config = workspace.repository().getConfig();
            config.setString("user", null, "name", actor.name());
            config.setString("user", null, "email", actor.email());
            config.setBoolean("commit", null, "gpgSign", false);
            config.save();
            CommitResult result = step.apply(workspace);
            return new PointerCommitMade(result.commit(), result.branch(), result.message().subject(), result.release());
        } catch (IOException e) {
            throw new DemoFailedException("cannot set the git identity of " + actor.email() + " in " + clone, e);
        }
    }

    private static DeploymentRecords records(JGitGitOpsWorkspace workspace) {
        return new DeploymentRecords(new LocalGitNotesAuditLog(workspace.repository(), "gantry", "gantry@localhost"));
    }
}
