package dev.gantry.release;

/** A release cannot be built as its source describes it: the input is wrong (exit 1). */
public class ReleaseBuildException extends RuntimeException {

    /** Creates the exception naming the file or image and the problem. */
    public ReleaseBuildException(String message) {
        super(message);
    }
}
