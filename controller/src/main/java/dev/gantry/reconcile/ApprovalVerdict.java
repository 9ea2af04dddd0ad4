package dev.gantry.reconcile;

import java.util.List;

/**
 * Whether a pointer's release has the approvals its environment requires.
 *
 * @param approved whether the distinct approvers reach the minimum
 * @param approvers the emails whose approvals counted, in history order
 * @param required the minimum number of distinct approvals
 * @param problems every approval that did not count, and why
 * @param summary what was judged, for the message
 */
record ApprovalVerdict(boolean approved, List<String> approvers, int required, List<String> problems, String summary) {

    private static final int SHOWN_PROBLEMS = 5;

    /** Copies the lists so the record stays immutable. */
    ApprovalVerdict {
        approvers = List.copyOf(approvers);
        problems = List.copyOf(problems);
    }

    /** One line for people: the count first, then why approvals did not count. */
    String message() {
        String count = summary + ": " + approvers.size() + " of " + required + " required approvals"
                + (approvers.isEmpty() ? "" : " (" + String.join(", ", approvers) + ")");
        if (problems.isEmpty()) {
            return count;
        }
        List<String> shown = problems.subList(0, Math.min(SHOWN_PROBLEMS, problems.size()));
        String more = problems.size() > SHOWN_PROBLEMS ? "; and " + (problems.size() - SHOWN_PROBLEMS) + " more" : "";
        return count + "; " + String.join("; ", shown) + more;
    }
}
