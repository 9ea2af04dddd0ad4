package dev.gantry.signing;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * The allowed signers file cannot be read as an OpenSSH allowed-signers file or an OpenPGP keyring.
 * Refused: only a change to the file fixes it.
 */
public class AllowedSignersInvalidException extends GantryException {

    /** Creates the exception with a message naming the file and what is wrong with it. */
    public AllowedSignersInvalidException(String message, Throwable cause) {
        super(Disposition.REFUSED, message, cause);
    }
}
