package dev.gantry.web;

import org.springframework.http.HttpStatus;

/** A webhook body that was not read whole: too large, too slow, or one too many at once. */
final class WebhookBodyRefusedException extends Exception {

    private final HttpStatus status;

    WebhookBodyRefusedException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    /** The answer the sender gets. */
    HttpStatus status() {
        return status;
    }
}
