package dev.gantry.reconcile;

import dev.gantry.pointer.Environment;
import dev.gantry.signing.SignatureCheck;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The approval rules, pure: an approval of a pointer counts when its commit is newer than the
 * latest commit that set the pointer's release, carries {@code Approved-by:} with the commit
 * author's own email, that email is one of the environment's approvers, and, where signed commits
 * are required, the commit's signature verifies for that email. Distinct emails must reach the
 * environment's minimum.
 */
final class ApprovalRules {

    private ApprovalRules() {
    }

    /**
     * Judges the approvals of a pointer that names {@code release}.
     *
     * @param policy the environment's approval policy
     * @param environment the environment's name, for messages
     * @param release the release the pointer names now
     * @param history the commits that changed the pointer, newest first, starting with the one that left it as it is
     */
    static ApprovalVerdict judge(Environment.Approval policy, String environment, String release,
            List<PointerRevision> history) {
        int run = 0;
        while (run < history.size() && release.equals(history.get(run).release())) {
            run++;
        }
        String shortRelease = release.substring(0, Math.min(7, release.length()));
        if (run == 0) {
            return new ApprovalVerdict(false, List.of(), policy.minApprovals(), List.of(),
                    "release " + shortRelease + " has no commit in the pointer's history");
        }
        PointerRevision setter = history.get(run - 1);
        Set<String> approvers = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (PointerRevision revision : history.subList(0, run - 1)) {
            for (String value : revision.approvedBy()) {
                String email = email(value);
                problem(policy, environment, revision, email).ifPresentOrElse(problems::add, () -> approvers.add(email));
            }
        }
        for (PointerRevision older : history.subList(run - 1, history.size())) {
            if (!older.approvedBy().isEmpty()) {
                problems.add(older.shortCommit() + ": its approval is not newer than " + setter.shortCommit()
                        + ", the commit that set release " + shortRelease);
            }
        }
        return new ApprovalVerdict(approvers.size() >= policy.minApprovals(), List.copyOf(approvers),
                policy.minApprovals(), problems, "release " + shortRelease + " (set by " + setter.shortCommit() + ")");
    }

    private static Optional<String> problem(Environment.Approval policy, String environment, PointerRevision revision,
            String email) {
        String at = revision.shortCommit() + ": ";
        if (!email.equals(revision.authorEmail())) {
            return Optional.of(at + "Approved-by " + email + " but the commit's author is " + revision.authorEmail());
        }
        if (!policy.approvers().contains(email)) {
            return Optional.of(at + email + " is not an approver of " + environment);
        }
        SignatureCheck signature = revision.signature();
        if (policy.requireSignedCommits() && (signature == null || !signature.verifiesFor(email))) {
            String rendered = signature == null ? "none" : signature.render();
            String detail = signature == null || signature.detail() == null ? "" : " (" + signature.detail() + ")";
            return Optional.of(at + "signature " + rendered + " does not verify for " + email + detail);
        }
        return Optional.empty();
    }

    /** The email in {@code Name <email>}, or the whole value when it has no angle brackets. */
    static String email(String approvedBy) {
        int open = approvedBy.lastIndexOf('<');
        int close = approvedBy.lastIndexOf('>');
        return open >= 0 && close > open ? approvedBy.substring(open + 1, close).strip() : approvedBy.strip();
    }
}
