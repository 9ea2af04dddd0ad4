package dev.gantry.diff;

/** A pointer or environment file that a diff needs is not in the GitOps checkout. */
public class GitOpsFileNotFoundException extends RuntimeException {

    /** Creates the exception naming the missing file. */
    public GitOpsFileNotFoundException(String message) {
        super(message);
    }
}
