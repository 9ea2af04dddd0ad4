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
        Source source = readSource(request);
        requirePromotesFrom(request, target);
        requireHealthyInSource(request, source.pointer().release());
        String path = GitOpsLayout.pointerPath(request.to(), request.project());
        workspace.requireUnchanged(path);
        Optional<String> targetText = documents.pointerText(request.to(), request.project());
        requireANewRelease(request, targetText, source.pointer());
        return commitOnNewBranch(request, path, source, targetText);
    }

    /** A's pointer: its text, which a missing B pointer is made from, and what it names. */
    private record Source(String text, ReleasePointer pointer) {
    }

    private Source readSource(PromoteRequest request) {
        String text = documents.requiredPointerText(request.from(), request.project());
        return new Source(text, documents.parse(request.from(), request.project(), text));
    }

    private static void requirePromotesFrom(PromoteRequest request, Environment target) {
        String promotesFrom = target.promotesFrom();
        if (promotesFrom == null || promotesFrom.equals(request.from()) || request.override().isPresent()) {
            return;
        }
        throw new PromotionRefusedException(request.to() + " promotes from " + promotesFrom + ", not " + request.from()
                + " (spec.promotesFrom of " + GitOpsLayout.environmentPath(request.to())
                + "); pass --force REASON to override");
    }

    private void requireHealthyInSource(PromoteRequest request, String release) {
        if (request.health() == HealthRule.UNVERIFIED || records.healthy(request.from(), request.project(), release,
                workspace.history().changes(request.from(), request.project()))) {
            return;
        }
        throw new PromotionRefusedException("release " + release.substring(0, 7) + " of " + request.project()
                + " has no healthy deployment record in " + request.from() + " (refs/notes/gantry, fetched from the "
                + "remote unless --offline); pass --allow-unverified to promote it anyway");
    }

    private void requireANewRelease(PromoteRequest request, Optional<String> targetText, ReleasePointer source) {
        targetText.map(text -> documents.parse(request.to(), request.project(), text))
                .filter(current -> current.release().equals(source.release()))
                .ifPresent(current -> {
                    throw new PromotionRefusedException(request.to() + " already runs " + request.project() + " at "
                            + current.shortRelease() + ": nothing to promote");
                });
    }

    private CommitResult commitOnNewBranch(PromoteRequest request, String path, Source source, Optional<String> targetText) {
        Identity identity = workspace.identity();
        Instant now = clock.instant();
        String base = targetText.orElseGet(() -> PointerEdit.moveTo(path, source.text(), request.to()));
        String text = PointerEdit.pointAt(path, base, source.pointer(), identity.email(), now);
        String release = source.pointer().release();
        CommitMessage message = CommitMessage.promote(request.project(), request.from(), request.to(), release,
                body(request, targetText.isEmpty()), request.override());
        String branch = request.branch().orElseGet(() -> defaultBranch(request, source.pointer()));
        String commit = workspace.commit(new PointerCommit(path, text, message, identity, now, branch, BranchMode.NEW_BRANCH));
        return new CommitResult(commit, branch, path, release, message);
    }

    private static String defaultBranch(PromoteRequest request, ReleasePointer source) {
        return "promote/" + request.to() + "/" + request.project().repository() + "-" + request.project().project() + "-"
                + source.shortRelease();
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
