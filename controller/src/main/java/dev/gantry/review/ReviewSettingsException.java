package dev.gantry.review;

/** Opening a review request cannot start: the remote, provider or token is missing or wrong. */
public class ReviewSettingsException extends RuntimeException {

    /** Creates the exception saying what to set. */
    public ReviewSettingsException(String message) {
        super(message);
    }
}
