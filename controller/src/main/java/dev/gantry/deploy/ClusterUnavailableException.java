package dev.gantry.deploy;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * The API server could not be reached or failed: an external failure worth retrying.
 * Unavailable: retried with backoff.
 */
public class ClusterUnavailableException extends GantryException {

    /** Creates the exception; the message names the cluster and the operation, never credentials. */
    public ClusterUnavailableException(String message, Throwable cause) {
        super(Disposition.UNAVAILABLE, message, cause);
    }
}
