package dev.gantry.release;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * Content does not match its digest or its declared shape: never use it.
 * Refused: a retry fetches the same content; the pointer's digest or the artifact needs a change.
 */
public class ArtifactIntegrityException extends GantryException {

    /** Creates the exception naming the content and what did not match. */
    public ArtifactIntegrityException(String message) {
        super(Disposition.REFUSED, message);
    }
}
