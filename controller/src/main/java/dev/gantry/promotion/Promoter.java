package dev.gantry.promotion;

import dev.gantry.pointer.Environment;
import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.pointer.ReleasePointer;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code gantry promote}: writes environment A's release into B's pointer, on a new branch, in
 * one commit that changes only B's pointer, after checking B's promotion policy.
 */
public final class Promoter {

    private final GitOpsWorkspace workspace;
    private final DeploymentRecords records;
    private final Clock clock;
    private final HeadDocuments documents;

    /** Promotes in {@code workspace}, reading health from {@code records}, timing with {@code clock}. */
    public Promoter(GitOpsWorkspace workspace, DeploymentRecords records, Clock clock) {
        this.workspace = workspace;
        this.records = records;
        this.clock = clock;
        this.documents = new HeadDocuments(workspace);
    }

    /**
     * Promotes, or refuses.
     *
     * @throws PromotionRefusedException when a policy rule or the repository's state forbids it
     */
    public CommitResult promote(PromoteRequest request) {
        documents.environment(request.from());
        Environment target = documents.environment(request.to());
        String sourceText = documents.requiredPointerText(request.from(), request.project());
        ReleasePointer source = documents.parse(request.from(), request.project(), sourceText);
        checkSource(request, target);
        checkHealth(request, source.release());
        String path = GitOpsLayout.pointerPath(request.to(), request.project());
        workspace.requireUnchanged(path);
        Optional<String> targetText = documents.pointerText(request.to(), request.project());
        targetText.map(text -> documents.parse(request.to(), request.project(), text))
                .filter(current -> current.release().equals(source.release()))
                .ifPresent(current -> {
                    throw new PromotionRefusedException(request.to() + " already runs " + request.project() + " at "
                            + current.shortRelease() + ": nothing to promote");
                });
        Identity identity = workspace.identity();
        Instant now = clock.instant();
        String base = targetText.orElseGet(() -> PointerEdit.moveTo(path, sourceText, request.to()));
        String text = PointerEdit.pointAt(path, base, source, identity.email(), now);
        CommitMessage message = CommitMessage.promote(request.project(), request.from(), request.to(), source.release(),
                body(request, targetText.isEmpty()), request.override());
        String branch = request.branch().orElse("promote/" + request.to() + "/" + request.project().repository() + "-"
                + request.project().project() + "-" + source.shortRelease());
        String commit = workspace.commit(new PointerCommit(path, text, message, identity, now, branch, BranchMode.NEW_BRANCH));
        return new CommitResult(commit, branch, path, source.release(), message);
    }

    private void checkSource(PromoteRequest request, Environment target) {
        String promotesFrom = target.promotesFrom();
        if (promotesFrom == null || promotesFrom.equals(request.from()) || request.override().isPresent()) {
            return;
        }
        throw new PromotionRefusedException(request.to() + " promotes from " + promotesFrom + ", not " + request.from()
                + " (spec.promotesFrom of " + GitOpsLayout.environmentPath(request.to())
                + "); pass --force REASON to override");
    }

    private void checkHealth(PromoteRequest request, String release) {
        if (request.health() == HealthRule.UNVERIFIED
                || records.healthy(request.from(), request.project(), release, workspace.history().changes(request.from(), request.project()))) {
            return;
        }
        throw new PromotionRefusedException("release " + release.substring(0, 7) + " of " + request.project()
                + " has no healthy deployment record in " + request.from() + " (refs/notes/gantry); fetch the notes with "
                + "'git fetch origin refs/notes/gantry:refs/notes/gantry', or pass --allow-unverified");
    }

    private static String body(PromoteRequest request, boolean created) {
        StringBuilder body = new StringBuilder("Promote " + request.project() + " from " + request.from() + " to "
                + request.to() + (created ? ", creating its pointer there." : "."));
        request.override().ifPresent(reason -> body.append("\nPolicy overridden: ").append(reason));
        if (request.health() == HealthRule.UNVERIFIED) {
            body.append("\nHealth in ").append(request.from()).append(" not verified (--allow-unverified).");
        }
        return body.toString();
    }
}
