package dev.gantry.audit;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * The audit log could not be written or read. Unavailable when the log is remote (an external
 * failure worth retrying); refused when it is a local clone that cannot be read or written, which no
 * retry repairs.
 */
public class AuditUnavailableException extends GantryException {

    /** Creates an unavailable exception; the message names the log's location, never its credentials. */
    public AuditUnavailableException(String message, Throwable cause) {
        this(Disposition.UNAVAILABLE, message, cause);
    }

    /** Creates the exception with its disposition; the message names the log's location, never its credentials. */
    public AuditUnavailableException(Disposition disposition, String message, Throwable cause) {
        super(disposition, message, cause);
    }
}
