package dev.gantry.source;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * A source repository could not be reached or read: an external failure worth retrying.
 * Unavailable: retried with backoff.
 */
public class SourceUnavailableException extends GantryException {

    /** Creates the exception; the message names the source, never its credentials. */
    public SourceUnavailableException(String message, Throwable cause) {
        super(Disposition.UNAVAILABLE, message, cause);
    }
}
