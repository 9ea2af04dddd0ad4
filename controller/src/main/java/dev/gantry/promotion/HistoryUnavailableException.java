package dev.gantry.promotion;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * The GitOps repository's history could not be read: a missing revision or a broken repository.
 * Refused: neither clears by retrying; the revision or the local repository needs a change.
 */
public class HistoryUnavailableException extends GantryException {

    /** Creates the exception with a message saying what was read, and its cause. */
    public HistoryUnavailableException(String message, Throwable cause) {
        super(Disposition.REFUSED, message, cause);
    }
}
