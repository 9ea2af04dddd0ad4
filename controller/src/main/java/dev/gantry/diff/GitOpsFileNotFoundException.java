package dev.gantry.diff;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * A pointer or environment file that a diff needs is not in the GitOps checkout.
 * Refused: the checkout or the command's arguments need a change.
 */
public class GitOpsFileNotFoundException extends GantryException {

    /** Creates the exception naming the missing file. */
    public GitOpsFileNotFoundException(String message) {
        super(Disposition.REFUSED, message);
    }
}
