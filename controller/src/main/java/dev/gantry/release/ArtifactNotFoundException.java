package dev.gantry.release;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * The reference names no artifact, or a blob is missing from it.
 * Waiting: the release may not be pushed or built yet, so the reconcile requeues it.
 */
public class ArtifactNotFoundException extends GantryException {

    /** Creates the exception naming what is missing. */
    public ArtifactNotFoundException(String message) {
        super(Disposition.WAITING, message);
    }
}
