package dev.gantry.deploy;

/** The API server refused an object (invalid, forbidden, conflicting): the release needs a change. */
public class ApplyRejectedException extends RuntimeException {

    private final ObjectKey object;
    private final String reason;

    /** Creates the exception naming the object and the API server's reason. */
    public ApplyRejectedException(ObjectKey object, String reason, Throwable cause) {
        super(object + " was refused: " + reason, cause);
        this.object = object;
        this.reason = reason;
    }

    /** The API server's reason, without the object. */
    public String reason() {
        return reason;
    }

    /** The refused object. */
    public ObjectKey object() {
        return object;
    }
}
