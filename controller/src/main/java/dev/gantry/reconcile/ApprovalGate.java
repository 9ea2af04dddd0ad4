package dev.gantry.reconcile;

import dev.gantry.pointer.DocumentInvalidException;
import dev.gantry.pointer.DocumentReader;
import dev.gantry.pointer.Environment;
import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.signing.AllowedSigners;
import dev.gantry.signing.AllowedSignersInvalidException;
import dev.gantry.signing.SignatureCheck;
import dev.gantry.signing.SignatureVerifier;
import dev.gantry.source.FileCommit;
import dev.gantry.source.GitOpsRepository;
import java.util.List;
import java.util.Optional;

/**
 * The approval step: where an environment requires approval, a pointer's release is applied only
 * when its history shows the approvals {@link ApprovalRules} count. Otherwise the outcome is a
 * refusal and nothing is applied or pruned.
 */
final class ApprovalGate {

    /** How far back a pointer's history is read; approvals older than this many changes do not count. */
    static final int MAX_HISTORY = 200;

    private static final String APPROVED_BY = "Approved-by";

    private final GitOpsRepository repository;
    private final SignatureVerifier signatures;
    private final DocumentReader reader = new DocumentReader();

    ApprovalGate(GitOpsRepository repository, SignatureVerifier signatures) {
        this.repository = repository;
        this.signatures = signatures;
    }

    /**
     * The refusal, or empty when the pointer may be applied: no approval required, a deleted pointer, or approved.
     * The pointer's history is followed across renames within this environment's folder only: a pointer
     * moved in from another environment brings none of the approvals it had there.
     */
    Optional<ProjectOutcome> check(ProjectTarget target) {
        Environment.Approval policy = target.environment().approval();
        if (!policy.required() || target.removed()) {
            return Optional.empty();
        }
        try {
            return refusal(target, policy).map(why -> ProjectOutcomes.refused(target, why));
        } catch (AllowedSignersInvalidException e) {
            return Optional.of(ProjectOutcomes.refused(target, e.getMessage()));
        } catch (RuntimeException e) {
            return Optional.of(ProjectOutcomes.failed(target, "approvals could not be checked, nothing applied: "
                    + e.getMessage()));
        }
    }

    private Optional<String> refusal(ProjectTarget target, Environment.Approval policy) {
        String commit = target.pointerCommit();
        AllowedSigners signers = null;
        if (policy.requireSignedCommits()) {
            Optional<byte[]> file = repository.read(commit, policy.allowedSigners());
            if (file.isEmpty()) {
                return Optional.of("allowed signers file " + policy.allowedSigners() + " is not in the repository at "
                        + commit.substring(0, 7));
            }
            signers = new AllowedSigners(policy.allowedSigners(), file.get());
        }
        String path = GitOpsLayout.pointerPath(target.environment().name(), target.project());
        String release = target.pointer().release();
        AllowedSigners allowed = signers;
        String folder = GitOpsLayout.ENVIRONMENTS + "/" + target.environment().name() + "/";
        List<PointerRevision> history = repository.history(commit, path, MAX_HISTORY).stream()
                .takeWhile(change -> change.path().startsWith(folder))
                .map(change -> revision(change, release, allowed)).toList();
        ApprovalVerdict verdict = ApprovalRules.judge(policy, target.environment().name(), release, history);
        return verdict.approved() ? Optional.empty() : Optional.of("not approved: " + verdict.message());
    }

    private PointerRevision revision(FileCommit change, String release, AllowedSigners signers) {
        String left = releaseIn(change);
        List<String> approvedBy = change.trailers(APPROVED_BY);
        SignatureCheck signature = signers != null && !approvedBy.isEmpty() && release.equals(left)
                ? signatures.verify(change.rawCommit(), signers) : null;
        return new PointerRevision(change.commit().sha(), change.commit().authorEmail(), left, approvedBy, signature);
    }

    private String releaseIn(FileCommit change) {
        if (change.content() == null) {
            return null;
        }
        try {
            return reader.readPointer(change.path(), change.content()).value().release();
        } catch (DocumentInvalidException e) {
            return null;
        }
    }
}
