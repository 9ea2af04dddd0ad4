package dev.gantry.demo;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * A demo step could not be done, or did not end as the demo expects; the message says which and why.
 * Refused: the demo stops, and running it again on the same workspace would not help.
 */
public class DemoFailedException extends GantryException {

    /** Creates the exception. */
    public DemoFailedException(String message, Throwable cause) {
        super(Disposition.REFUSED, message, cause);
    }

    /** Creates the exception without a cause. */
    public DemoFailedException(String message) {
        super(Disposition.REFUSED, message);
    }
}
