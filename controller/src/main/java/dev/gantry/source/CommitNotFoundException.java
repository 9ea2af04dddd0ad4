package dev.gantry.source;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * The source repository has no commit with the requested SHA.
 * Waiting: the commit may not be pushed yet, so the reconcile requeues it.
 */
public class CommitNotFoundException extends GantryException {

    /** Creates the exception naming the commit and the source. */
    public CommitNotFoundException(String message) {
        super(Disposition.WAITING, message);
    }
}
