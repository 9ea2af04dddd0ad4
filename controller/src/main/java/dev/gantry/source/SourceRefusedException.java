package dev.gantry.source;

/** A source commit holds something a release may not be built from, such as a symbolic link; the commit needs a change. */
public class SourceRefusedException extends RuntimeException {

    /** Creates the exception naming the file and why it is refused. */
    public SourceRefusedException(String message) {
        super(message);
    }
}
