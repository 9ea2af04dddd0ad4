package dev.gantry.release.oci;

/** A registry answered with an error status; the store turns it into not-found or unavailable. */
final class RegistryAnswerException extends RuntimeException {

    private final int status;

    RegistryAnswerException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status. */
    int status() {
        return status;
    }
}
