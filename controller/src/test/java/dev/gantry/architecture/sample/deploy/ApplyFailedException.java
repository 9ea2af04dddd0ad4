package dev.gantry.architecture.sample.deploy;

/** Planted exception that carries no disposition. */
public class ApplyFailedException extends RuntimeException {

    /** Creates the exception. */
    public ApplyFailedException(String message) {
        super(message);
    }
}
