package dev.gantry.demo;

/** A demo step could not be done, or did not end as the demo expects; the message says which and why. */
public class DemoFailedException extends RuntimeException {

    /** Creates the exception. */
    public DemoFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception without a cause. */
    public DemoFailedException(String message) {
        super(message);
    }
}
