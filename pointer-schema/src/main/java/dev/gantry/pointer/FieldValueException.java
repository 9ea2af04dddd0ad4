package dev.gantry.pointer;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/** A value passed its schema but has no Java representation; the reader turns it into a located problem. */
final class FieldValueException extends GantryException {

    private final String pointer;

    FieldValueException(String pointer, String message) {
        super(Disposition.REFUSED, message);
        this.pointer = pointer;
    }

    /** The JSON Pointer of the offending value. */
    String pointer() {
        return pointer;
    }
}
