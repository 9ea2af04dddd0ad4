package dev.gantry.source;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * A source commit holds something a release may not be built from, such as a symbolic link.
 * Refused: the commit needs a change.
 */
public class SourceRefusedException extends GantryException {

    /** Creates the exception naming the file and why it is refused. */
    public SourceRefusedException(String message) {
        super(Disposition.REFUSED, message);
    }
}
