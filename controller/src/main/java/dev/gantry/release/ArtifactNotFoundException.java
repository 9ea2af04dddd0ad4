package dev.gantry.release;

/** The reference names no artifact, or a blob is missing from it. */
public class ArtifactNotFoundException extends RuntimeException {

    /** Creates the exception naming what is missing. */
    public ArtifactNotFoundException(String message) {
        super(message);
    }
}
