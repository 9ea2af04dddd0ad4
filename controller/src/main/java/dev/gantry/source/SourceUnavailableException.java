package dev.gantry.source;

/** A source repository could not be reached or read: an external failure worth retrying. */
public class SourceUnavailableException extends RuntimeException {

    /** Creates the exception; the message names the source, never its credentials. */
    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
