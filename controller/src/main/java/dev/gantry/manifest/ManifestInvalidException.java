package dev.gantry.manifest;

/** A manifest file is not YAML Gantry accepts; the message starts with the file's path, line and column. */
public class ManifestInvalidException extends RuntimeException {

    /** Creates the exception from a message of the form {@code PATH:LINE:COLUMN: problem}. */
    public ManifestInvalidException(String message) {
        super(message);
    }
}
