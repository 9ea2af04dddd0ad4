package dev.gantry.release;

/** Content does not match its digest or its declared shape: never use it. */
public class ArtifactIntegrityException extends RuntimeException {

    /** Creates the exception naming the content and what did not match. */
    public ArtifactIntegrityException(String message) {
        super(message);
    }
}
