package dev.gantry.cli;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * {@code gantry serve} could not start: a setting is wrong or a system it needs is unreachable.
 * Refused (exit 1): the setting or the system named needs attention before another start.
 */
final class ServeStartException extends GantryException {

    ServeStartException(String message, Throwable cause) {
        super(Disposition.REFUSED, "gantry serve could not start: " + message, cause);
    }
}
