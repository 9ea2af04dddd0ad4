package dev.gantry.failure;

import java.util.Objects;

/** The base of Gantry's exceptions: each one carries the {@link Disposition} that says how to treat it. */
public abstract class GantryException extends RuntimeException {

    private final Disposition disposition;

    /**
     * Creates the exception without a cause.
     *
     * @param disposition how the failure is to be treated
     * @param message what was attempted, on what, and why it failed
     */
    protected GantryException(Disposition disposition, String message) {
        super(message);
        this.disposition = Objects.requireNonNull(disposition, "disposition");
    }

    /**
     * Creates the exception with its cause.
     *
     * @param disposition how the failure is to be treated
     * @param message what was attempted, on what, and why it failed
     * @param cause the failure underneath, or null
     */
    protected GantryException(Disposition disposition, String message, Throwable cause) {
        super(message, cause);
        this.disposition = Objects.requireNonNull(disposition, "disposition");
    }

    /**
     * How the failure is to be treated.
     *
     * @return the disposition, never null
     */
    public final Disposition disposition() {
        return disposition;
    }
}
