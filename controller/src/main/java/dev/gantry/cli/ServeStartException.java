package dev.gantry.cli;

/** {@code gantry serve} could not start: a setting is wrong or a system it needs is unreachable. */
final class ServeStartException extends RuntimeException {

    ServeStartException(String message, Throwable cause) {
        super("gantry serve could not start: " + message, cause);
    }
}
