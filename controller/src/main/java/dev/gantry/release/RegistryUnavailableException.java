package dev.gantry.release;

/** A registry or layout could not be reached, or failed: an external failure (exit 3). */
public class RegistryUnavailableException extends RuntimeException {

    /** Creates the exception; the message names the registry, never credentials. */
    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
