package dev.gantry.reconcile;

import dev.gantry.signing.SignatureCheck;
import java.util.List;

/**
 * One commit of a pointer's history, as the approval rules judge it.
 *
 * @param commit the full commit SHA
 * @param authorEmail the commit's author email
 * @param release the release the commit left the pointer at, or null when it left no valid pointer
 * @param approvedBy the values of its {@code Approved-by:} trailers, such as {@code Bob <bob@example.com>}
 * @param signature the commit's signature checked against the allowed signers, or null when not checked
 */
record PointerRevision(String commit, String authorEmail, String release, List<String> approvedBy,
        SignatureCheck signature) {

    /** Copies the list so the record stays immutable. */
    PointerRevision {
        approvedBy = List.copyOf(approvedBy);
    }

    /** The first seven characters of the commit SHA. */
    String shortCommit() {
        return commit.substring(0, 7);
    }
}
