package dev.gantry.release;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * Registry credentials were given in a way that could send them to a host they are not for: fix the settings.
 * Refused: retrying does not change the settings.
 */
public class RegistryCredentialsRefusedException extends GantryException {

    /** Creates the exception saying which setting is missing or wrong; never carries the password. */
    public RegistryCredentialsRefusedException(String message) {
        super(Disposition.REFUSED, message);
    }
}
