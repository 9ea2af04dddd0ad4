package dev.gantry.pointer;

/** A value passed its schema but has no Java representation; the reader turns it into a located problem. */
final class FieldValueException extends RuntimeException {

    private final String pointer;

    FieldValueException(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    /** The JSON Pointer of the offending value. */
    String pointer() {
        return pointer;
    }
}
