package dev.gantry.promotion;

/** What a pointer file held after a commit changed it. */
public enum PointerState {

    /** A valid pointer. */
    PRESENT,

    /** The file was deleted (or moved away where it was not followed). */
    DELETED,

    /** The file was there but was not a valid pointer, such as after a bad manual edit. */
    INVALID
}
