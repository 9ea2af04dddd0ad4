package dev.gantry.release;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * A release cannot be built as its source describes it: the input is wrong (exit 1).
 * Refused: only a change to the source fixes it.
 */
public class ReleaseBuildException extends GantryException {

    /** Creates the exception naming the file or image and the problem. */
    public ReleaseBuildException(String message) {
        super(Disposition.REFUSED, message);
    }
}
