package dev.gantry.signing;

/** The allowed signers file cannot be read as an OpenSSH allowed-signers file or an OpenPGP keyring. */
public class AllowedSignersInvalidException extends RuntimeException {

    /** Creates the exception with a message naming the file and what is wrong with it. */
    public AllowedSignersInvalidException(String message, Throwable cause) {
        super(message, cause);
    }
}
