package dev.gantry.review;

/** The git host's API failed or refused the request: network, authentication, permission, validation. */
public class ReviewUnavailableException extends RuntimeException {

    /** Creates the exception with a one-line reason that names the host and never the token. */
    public ReviewUnavailableException(String message) {
        super(message);
    }

    /** Creates the exception with a one-line reason and its cause. */
    public ReviewUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
