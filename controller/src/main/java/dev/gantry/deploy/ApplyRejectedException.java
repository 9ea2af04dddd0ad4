package dev.gantry.deploy;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.Dispositions;
import dev.gantry.failure.GantryException;

/**
 * The API server refused an object. Refused when the object itself is wrong (malformed, invalid,
 * too large, scoped wrongly): the release needs a change. Unavailable when the refusal may lift
 * without one (forbidden by RBAC or a quota, a namespace or kind not there yet): retried.
 */
public class ApplyRejectedException extends GantryException {

    private final ObjectKey object;
    private final String reason;

    /**
     * Creates the exception naming the object and the API server's reason, refused unless the cause
     * carries a disposition: a rejection rethrown with more context keeps the first one's.
     */
    public ApplyRejectedException(ObjectKey object, String reason, Throwable cause) {
        this(object, reason, keptFrom(cause), cause);
    }

    /** Creates the exception naming the object, the API server's reason and whether a retry may succeed. */
    public ApplyRejectedException(ObjectKey object, String reason, Disposition disposition, Throwable cause) {
        super(disposition, object + " was refused: " + reason, cause);
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

    private static Disposition keptFrom(Throwable cause) {
        return cause == null ? Disposition.REFUSED : Dispositions.carried(cause).orElse(Disposition.REFUSED);
    }
}
