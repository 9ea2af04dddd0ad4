package dev.gantry.review;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * The git host's API failed or refused the request: network, authentication, permission, validation.
 * Unavailable: the git host's answer decides, not Gantry's input.
 */
public class ReviewUnavailableException extends GantryException {

    /** Creates the exception with a one-line reason that names the host and never the token. */
    public ReviewUnavailableException(String message) {
        super(Disposition.UNAVAILABLE, message);
    }

    /** Creates the exception with a one-line reason and its cause. */
    public ReviewUnavailableException(String message, Throwable cause) {
        super(Disposition.UNAVAILABLE, message, cause);
    }
}
