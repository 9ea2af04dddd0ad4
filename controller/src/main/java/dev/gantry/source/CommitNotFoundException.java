package dev.gantry.source;

/** The source repository has no commit with the requested SHA. */
public class CommitNotFoundException extends RuntimeException {

    /** Creates the exception naming the commit and the source. */
    public CommitNotFoundException(String message) {
        super(message);
    }
}
