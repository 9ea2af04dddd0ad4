package dev.gantry.release;

/** Registry credentials were given in a way that could send them to a host they are not for: fix the settings. */
public class RegistryCredentialsRefusedException extends RuntimeException {

    /** Creates the exception saying which setting is missing or wrong; never carries the password. */
    public RegistryCredentialsRefusedException(String message) {
        super(message);
    }
}
