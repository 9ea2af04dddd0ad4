package dev.gantry.deploy;

/** The API server could not be reached or failed: an external failure worth retrying. */
public class ClusterUnavailableException extends RuntimeException {

    /** Creates the exception; the message names the cluster and the operation, never credentials. */
    public ClusterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
