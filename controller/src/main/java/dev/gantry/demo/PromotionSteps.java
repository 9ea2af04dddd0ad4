package dev.gantry.demo;

import dev.gantry.pointer.ProjectRef;
import dev.gantry.promotion.Person;

/** The pointer commits of the demo's promotion, approval and rollback steps, each made in the GitOps clone. */
interface PromotionSteps {

    /** Copies A's release into B's pointer in one commit on a new promotion branch, as {@code gantry promote}. */
    PointerCommitMade promote(ProjectRef project, String from, String to, Person developer);

    /** Records an approval of the pointer on the branch checked out, as {@code gantry approve}. */
    PointerCommitMade approve(ProjectRef project, String environment, Person approver);

    /** Writes an earlier release back into the pointer on a new branch, as {@code gantry rollback --to}. */
    PointerCommitMade rollback(ProjectRef project, String environment, String release, Person developer);

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
