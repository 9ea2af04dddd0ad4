package dev.gantry.release.oci;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * A registry answered with an error status; the store turns it into not-found or unavailable.
 * Unavailable, should it escape the store.
 */
final class RegistryAnswerException extends GantryException {

    private final int status;

    RegistryAnswerException(int status, String message) {
        super(Disposition.UNAVAILABLE, message);
        this.status = status;
    }

    /** The HTTP status. */
    int status() {
        return status;
    }
}
