package dev.gantry.demo;

import dev.gantry.pointer.ProjectRef;
import dev.gantry.promotion.HistoryEntry;
import java.util.List;

/**
 * The demo's promotion, approval, rollback and history steps in the GitOps clone, made by the
 * services behind {@code gantry promote}, {@code approve}, {@code rollback} and {@code history},
 * acting as the person named in each call.
 */
public interface PromotionSteps {

    /**
     * Copies A's release into B's pointer on a new promotion branch, as {@code gantry promote}, with its
     * policy: B promotes from A, and the release has a healthy record in A.
     *
     * @param project the project
     * @param from environment A
     * @param to environment B
     * @param developer who promotes
     * @return the commit made
     */
    PointerCommitMade promote(ProjectRef project, String from, String to, Actor developer);

    /**
     * Records an approval of the pointer on the branch checked out, as {@code gantry approve}.
     *
     * @param project the project
     * @param environment the environment whose pointer is approved
     * @param approver who approves; must be one of the environment's approvers
     * @return the commit made
     */
    PointerCommitMade approve(ProjectRef project, String environment, Actor approver);

    /**
     * Writes an earlier release back into the pointer on a new branch, as {@code gantry rollback --to}.
     *
     * @param project the project
     * @param environment the environment
     * @param release the earlier release, which must have run healthy there
     * @param developer who rolls back
     * @return the commit made
     */
    PointerCommitMade rollback(ProjectRef project, String environment, String release, Actor developer);

    /**
     * Every change of the pointer, newest first, with the controller's records, as {@code gantry history}.
     *
     * @param project the project
     * @param environment the environment
     * @return the entries
     */
    List<HistoryEntry> history(ProjectRef project, String environment);

    /**
     * A commit a step made.
     *
     * @param commit the full SHA
     * @param branch the branch it is on
     * @param subject the message's first line
     * @param release the release the pointer names after the commit
     */
    record PointerCommitMade(String commit, String branch, String subject, String release) {
    }
}
