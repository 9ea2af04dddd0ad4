package dev.gantry.promotion;

/** The GitOps repository's history could not be read: a missing revision or a broken repository. */
public class HistoryUnavailableException extends RuntimeException {

    /** Creates the exception with a message saying what was read, and its cause. */
    public HistoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
