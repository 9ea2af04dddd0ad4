package dev.gantry.manifest;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * A manifest file is not YAML Gantry accepts; the message starts with the file's path, line and column.
 * Refused: only a change to the file fixes it.
 */
public class ManifestInvalidException extends GantryException {

    /** Creates the exception from a message of the form {@code PATH:LINE:COLUMN: problem}. */
    public ManifestInvalidException(String message) {
        super(Disposition.REFUSED, message);
    }
}
