package dev.gantry.audit;

/** The audit log could not be written or read: an external failure worth retrying. */
public class AuditUnavailableException extends RuntimeException {

    /** Creates the exception; the message names the log's location, never its credentials. */
    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
