package dev.gantry.release;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * A registry or layout could not be reached, or failed: an external failure (exit 3).
 * Unavailable: retried with backoff.
 */
public class RegistryUnavailableException extends GantryException {

    /** Creates the exception; the message names the registry, never credentials. */
    public RegistryUnavailableException(String message, Throwable cause) {
        super(Disposition.UNAVAILABLE, message, cause);
    }
}
