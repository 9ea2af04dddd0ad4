package dev.gantry.review;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * Opening a review request cannot start: the remote, provider or token is missing or wrong.
 * Refused: the settings need a change.
 */
public class ReviewSettingsException extends GantryException {

    /** Creates the exception saying what to set. */
    public ReviewSettingsException(String message) {
        super(Disposition.REFUSED, message);
    }
}
